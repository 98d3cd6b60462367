package app.spindle.browser;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.Eventually;
import app.spindle.testing.SyncedAccount;
import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Following Discogs' links through Spindle: any release, the artists of its credits, its label's catalogue. */
class EntityBrowserTest extends BrowserTest {
    static SyncedAccount account;

    @BeforeAll
    static void syncAnAccount() throws IOException {
        account = SyncedAccount.sync(Files.createTempDirectory("spindle-entities"), 80, 20);
        startApp(account.config());
        Eventually.waitFor(() -> spindle.sync().status(), s -> !s.running() && s.lastSuccessAt() != null,
                Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopFake() {
        account.close();
    }

    @Test
    void from_a_search_result_a_release_you_do_not_own_opens_and_goes_onto_the_wantlist() {
        open("/search?q=the");
        SelenideElement result = $$(".result").filterBy(text("Add to wantlist"))
                .filterBy(Condition.not(text("In your collection"))).first();
        result.$(".result-title a").click();
        $("h1").shouldBe(visible);
        $(".browsed-note").shouldHave(text("Not in your collection"));
        long releaseId = Long.parseLong(WebDriverRunner.url().replaceAll(".*/releases/(\\d+).*", "$1"));
        assertFalse(account.fake.account().wantReleaseIds().contains(releaseId));
        $("#release-actions").$$("button").findBy(text("Add to wantlist")).click();
        $("#release-actions").shouldHave(text("Added to your wantlist on Discogs."));
        assertTrue(account.fake.account().wantReleaseIds().contains(releaseId), "the want reached Discogs");
    }

    @Test
    void from_a_credit_the_artist_opens_and_then_another_of_their_records() {
        long owned = account.count("SELECT release_id FROM collection_items WHERE release_id >= 40000000"
                + " AND release_id IN (SELECT release_id FROM release_artists WHERE kind = 'extra') LIMIT 1");
        open("/releases/" + owned);
        $$("#credits a.entity-ref").first().click();
        $("h1").shouldBe(visible);
        assertTrue(WebDriverRunner.url().contains("/artists/"));
        $$("#discography .entity-entry").shouldHave(CollectionCondition.sizeGreaterThan(0));
        $$("#discography .entity-entry .result-title a").first().click();
        $("h1").shouldBe(visible);
        assertTrue(WebDriverRunner.url().matches(".*/(releases|masters)/\\d+.*"), WebDriverRunner.url());
        assertNotEquals(Long.toString(owned), WebDriverRunner.url().replaceAll(".*/(\\d+).*", "$1"));
    }

    @Test
    void from_a_release_its_label_opens_and_a_missing_catalogue_entry_goes_onto_the_wantlist() {
        long owned = account.count("SELECT release_id FROM collection_items WHERE release_id >= 40000000 LIMIT 1");
        open("/releases/" + owned);
        $(".label-line a").click();
        $("h1").shouldBe(visible);
        $("#catalogue .list-summary").shouldHave(Condition.matchText("You own \\d+ of \\d+ release"));
        SelenideElement missing = $$("#catalogue .result-actions").filterBy(text("Add to wantlist"))
                .filterBy(Condition.not(text("In your collection"))).first();
        long releaseId = Long.parseLong(missing.getAttribute("id").substring("actions-".length()));
        missing.$$("button").findBy(text("Add to wantlist")).click();
        $("#actions-" + releaseId).shouldHave(text("Added to your wantlist."));
        assertTrue(account.fake.account().wantReleaseIds().contains(releaseId));
    }
}
