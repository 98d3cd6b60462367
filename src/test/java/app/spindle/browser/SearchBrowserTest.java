package app.spindle.browser;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.config.ConfigParser;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.testing.Folders;
import com.codeborne.selenide.SelenideElement;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchBrowserTest extends BrowserTest {
    static FakeDiscogs discogs;

    @BeforeAll
    static void connectToFakeDiscogs() throws IOException {
        discogs = FakeDiscogs.builder().collectionSize(20).wantlistSize(5).rateLimit(6000, Duration.ofSeconds(60)).start();
        startApp(ConfigParser.parse(new String[] {
                "--data", Folders.temporary("spindle-search").toString(), "--port", "0",
                "--api-url", discogs.baseUrl(), "--token", discogs.token(), "--sync-interval", "0"}, k -> null));
    }

    @AfterAll
    static void stopFake() {
        discogs.close();
    }

    private static long idOf(SelenideElement actions) {
        return Long.parseLong(actions.getAttribute("id").substring("actions-".length()));
    }

    @Test
    void adding_a_search_result_to_the_wantlist_writes_to_discogs_then_to_the_mirror() {
        open("/search");
        $("#q").setValue("the").pressEnter();
        $$(".result").shouldHave(com.codeborne.selenide.CollectionCondition.sizeGreaterThan(0));
        SelenideElement actions = $$(".result-actions").filterBy(text("Add to wantlist")).first();
        long releaseId = idOf(actions);
        assertFalse(discogs.account().wantReleaseIds().contains(releaseId));

        actions.$$("button").findBy(text("Add to wantlist")).click();

        $("#actions-" + releaseId).shouldHave(text("Added to your wantlist.")).shouldHave(text("In your wantlist"));
        assertTrue(discogs.account().wantReleaseIds().contains(releaseId), "the want reached Discogs");
        Integer mirrored = spindle.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM wants WHERE release_id = :id").bind("id", releaseId).mapTo(Integer.class).one());
        assertEquals(1, mirrored, "and then the mirror");
        open("/releases/" + releaseId);
        $(".badge-want").shouldBe(visible);
        $$("button").findBy(text("Check prices on Discogs")).click();
        $("#marketplace-stats").shouldHave(com.codeborne.selenide.Condition.matchText(".*(for sale|cannot be sold).*"));
    }

    @Test
    void adding_to_a_collection_folder_creates_a_copy_there() {
        open("/search?q=the&format=Vinyl");
        SelenideElement actions = $$(".result-actions").filterBy(com.codeborne.selenide.Condition.not(text("In your collection"))).first();
        long releaseId = idOf(actions);
        long before = discogs.account().instanceCount();
        actions.$("select").selectOptionByValue("1");
        actions.$$("button").findBy(text("Add to collection")).click();
        $("#actions-" + releaseId).shouldHave(text("Added to your collection."));
        assertEquals(before + 1, discogs.account().instanceCount());
        open("/releases/" + releaseId);
        $("#release-actions .copy-form legend").shouldHave(text("in Uncategorized"));
    }

    @Test
    void search_needs_words_or_filters_and_explains_an_empty_result() {
        open("/search?q=zzzzqqqqxxxx");
        $(".notice").shouldHave(text("Nothing on Discogs matches that"));
        open("/search?year=12ab");
        $(".error-code").shouldHave(text("400"));
    }
}
