package app.spindle.browser;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;

import app.spindle.config.ConfigParser;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.testing.Folders;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConnectAccountBrowserTest extends BrowserTest {
    static FakeDiscogs discogs;

    @BeforeAll
    static void pointAtFakeDiscogs() throws IOException {
        discogs = FakeDiscogs.builder().collectionSize(5).wantlistSize(2).rateLimit(6000, java.time.Duration.ofSeconds(60)).start();
        startApp(ConfigParser.parse(new String[] {
                "--data", Folders.temporary("spindle-oauth").toString(), "--port", "0",
                "--api-url", discogs.baseUrl(), "--consumer-key", discogs.consumerKey(),
                "--consumer-secret", discogs.consumerSecret(), "--sync-interval", "0"}, k -> null));
    }

    @AfterAll
    static void stopFake() {
        discogs.close();
    }

    @Test
    void connecting_with_oauth_goes_to_discogs_and_comes_back_connected() {
        open("/settings");
        $("#account").shouldHave(text("With a Discogs application"));
        $$("button").findBy(text("Connect with Discogs")).click();

        $("#username").shouldHave(text(discogs.username()));
        $("#authorize").click();

        $(".flash-ok").shouldHave(text("Connected"));
        $("#account .username").shouldBe(visible).shouldHave(text(discogs.username()));
        $("#" + app.spindle.web.Paths.STATUS_PANEL_ID).shouldHave(text("Connected as " + discogs.username()));
    }
}
