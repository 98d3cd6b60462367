package app.spindle.browser;


import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.not;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.Fault;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.testing.Eventually;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Discogs refuses each write Spindle offers, and the person who clicked sees why, where they clicked, with the
 * keyboard focus on the message: the htmx-config of the layout swaps 4xx/5xx answers (htmx 2 drops them by default).
 */
class ErrorAnswersBrowserTest extends SyncedBrowserTest {
    /** A write that fails with 5xx is retried (PUT, DELETE) with backoff: up to about 7 s before the answer. */
    private static final Duration RETRIED = Duration.ofSeconds(20);

    @BeforeAll
    static void start() throws IOException {
        startSynced("error-answers", 40, 10);
    }

    @AfterEach
    void discogsAnswersAgain() {
        account.fake.faults().clear();
    }

    /**
     * Discogs refuses the next write outright (403), so the action queue gives up on it at once; a 5xx or an
     * unreachable Discogs would keep it pending instead (ActionQueueTest).
     */
    private static void discogsRefusesTheNextWrite() {
        account.fake.faults().writesOnly(true).script(Fault.FORBIDDEN_403);
    }

    private static SelenideElement firstResultWithout(String mark) {
        open("/search?q=the&format=Vinyl");
        $$(".result").shouldHave(sizeGreaterThan(0));
        return $$(".result-actions").filterBy(not(text(mark))).first();
    }

    private static long idOf(SelenideElement actions) {
        return Long.parseLong(actions.getAttribute("id").substring("actions-".length()));
    }

    @Test
    void a_refused_add_to_wantlist_says_why_where_the_button_was() {
        SelenideElement actions = firstResultWithout("In your wantlist");
        long releaseId = idOf(actions);
        discogsRefusesTheNextWrite();

        actions.$$("button").findBy(text("Add to wantlist")).click();

        $("#actions-" + releaseId + " [role=alert]").shouldHave(text("Discogs refused"), RETRIED);
        Focus.shouldBeOn("#actions-" + releaseId + " [role=alert]");
        assertFalse(account.fake.account().wantReleaseIds().contains(releaseId));
    }

    @Test
    void a_refused_add_to_collection_says_why_where_the_button_was() {
        SelenideElement actions = firstResultWithout("In your collection");
        long releaseId = idOf(actions);
        long copies = account.fake.account().instanceCount();
        discogsRefusesTheNextWrite();

        actions.$$("button").findBy(text("Add to collection")).click();

        $("#actions-" + releaseId + " [role=alert]").shouldHave(text("Discogs refused"), RETRIED);
        assertEquals(copies, account.fake.account().instanceCount());
    }

    @Test
    void a_refused_removal_from_the_wantlist_says_why_and_the_want_stays() {
        open("/wantlist?view=grid");
        SelenideElement card = $$(".shelf-grid .shelf-item").first();
        String id = card.getAttribute("id");
        long releaseId = Long.parseLong(id.substring("want-".length()));
        discogsRefusesTheNextWrite();

        Focus.enterOn(card.$("button.remove-want"));
        Selenide.confirm();

        $("#" + id + " [role=alert]").shouldHave(text("Could not change"), RETRIED);
        Focus.shouldBeOn("#" + id + " [role=alert]");
        assertTrue(account.fake.account().wantReleaseIds().contains(releaseId));
        // the removal showed at once; the refusal makes the next sync list everything, which brings the want back
        assertEquals(1, Eventually.waitFor(() -> account.count("SELECT count(*) FROM wants WHERE release_id = " + releaseId),
                n -> n == 1, Duration.ofSeconds(30)));
    }

    @Test
    void removing_a_want_a_sync_already_removed_says_so_in_place_not_with_a_whole_error_page() {
        open("/wantlist?view=grid");
        SelenideElement card = $$(".shelf-grid .shelf-item").last();
        String id = card.getAttribute("id");
        long releaseId = Long.parseLong(id.substring("want-".length()));
        // gone at Discogs, then from the mirror as a sync removes it; a sync still listing the old wantlist (another
        // journey's refused write starts one) would bring it back, so none may be running when the mirror loses it
        account.fake.account().removeWant(releaseId);
        Eventually.waitFor(() -> app.sync().status().running(), running -> !running, Duration.ofSeconds(60));
        account.jdbi().useHandle(h -> h.execute("DELETE FROM wants WHERE release_id = ?", releaseId));

        card.$("button.remove-want").click();
        Selenide.confirm();

        $(".shelf-grid [role=alert]").shouldHave(text("Release " + releaseId + " is not on your wantlist."));
        $(".shelf-grid .error-code").shouldNot(exist);
        $$("h1").shouldHave(com.codeborne.selenide.CollectionCondition.size(1));
    }

    @Test
    void a_refused_want_from_a_match_says_why_on_the_track() {
        DiscogsRelease release = UnownedRelease.of(account.fake);
        open("/match");
        $("#lines").setValue(UnownedRelease.pastedLine(release));
        $$("button").findBy(text("Match these")).click();
        $(".batch-progress").shouldHave(text("1 track matched"), Duration.ofSeconds(60));
        SelenideElement track = $$(".match-track").first();
        String trackId = track.getAttribute("id");
        discogsRefusesTheNextWrite();

        track.$$("button").findBy(text("Add to wantlist")).click();

        $("#" + trackId + " [role=alert]").shouldHave(text("Discogs refused"), RETRIED);
        Focus.shouldBeOn("#" + trackId + " [role=alert]");
        assertFalse(account.fake.account().wantReleaseIds().contains(release.id()));
    }

    @Test
    void a_dump_path_that_does_not_exist_is_explained_on_the_settings_page() {
        open("/settings");
        $("#dump-path").setValue("/nowhere/discogs_20260201_releases.xml.gz");
        $("#dump-import").$$("button").findBy(text("Import")).click();

        $("#dump-import [role=alert]").shouldHave(text("/nowhere/discogs_20260201_releases.xml.gz"));
        Focus.shouldBeOn("#dump-import [role=alert]");
    }

    @Test
    void a_failed_price_check_says_why_in_the_marketplace_card() {
        open("/releases/249504");
        // a look-up, not a write: every try of it fails, as when Discogs is down (retries included)
        account.fake.faults().script(Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR);

        $$("button").findBy(text("Check prices on Discogs")).click();

        $("#marketplace-stats[role=alert], #marketplace-stats [role=alert]").shouldHave(text("Discogs"), RETRIED);
    }
}
