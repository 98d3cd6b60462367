package app.spindle.browser;

import static com.codeborne.selenide.Condition.disappear;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;

import app.spindle.config.ConfigParser;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.testing.Folders;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** During the first sync every page's header says what it is doing; when it is done the indicator goes. */
class SyncIndicatorBrowserTest extends BrowserTest {
    static FakeDiscogs discogs;

    @BeforeAll
    static void startWhileDiscogsIsSlow() throws IOException {
        discogs = FakeDiscogs.builder().collectionSize(60).wantlistSize(5).rateLimit(6000, Duration.ofSeconds(60))
                .latency(Duration.ofMillis(400)).start();
        startApp(ConfigParser.parse(new String[] {
                "--data", Folders.temporary("spindle-indicator").toString(), "--port", "0",
                "--api-url", discogs.baseUrl(), "--token", discogs.token(), "--sync-interval", "0"}, k -> null));
    }

    @AfterAll
    static void stopFake() {
        discogs.close();
    }

    @Test
    void the_header_shows_the_running_sync_on_any_page_and_drops_it_when_the_sync_ends() {
        open("/collection");
        $(".site-header .sync-pill").shouldBe(visible).shouldHave(text("Syncing"));
        open("/stats");
        $(".site-header .sync-pill").shouldBe(visible);

        discogs.setLatency(Duration.ZERO);
        $(".site-header .sync-pill").should(disappear, Duration.ofSeconds(60));
        $("#sync-indicator").should(com.codeborne.selenide.Condition.exist);
    }
}
