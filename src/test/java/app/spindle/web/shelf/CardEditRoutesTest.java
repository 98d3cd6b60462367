package app.spindle.web.shelf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.CollectionInstance;
import app.spindle.testing.SyncedRoutesTest;
import app.spindle.web.actions.HxVals;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CardEditRoutesTest extends SyncedRoutesTest {
    @BeforeAll
    static void start() {
        startSynced(20, 5);
    }

    private static CollectionInstance atDiscogs(long instanceId) {
        return account.fake.account().copies().stream().filter(c -> c.instanceId() == instanceId).findFirst().orElseThrow();
    }

    @Test
    void a_card_rates_and_moves_its_copy_in_place_and_discogs_and_a_reload_agree() {
        CollectionInstance copy = account.fake.account().copies().get(2);
        assertTrue(browser.get("/collection").body().contains("/collection/copies/" + copy.instanceId() + "/edit"),
                "every card offers its edit form");
        HttpResponse<String> form = browser.get("/collection/copies/" + copy.instanceId() + "/edit?view=grid");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"folder\""), form.body());

        int folder = account.fake.account().folderList().get(2).id();
        HttpResponse<String> saved = browser.postForm("/collection/copies/" + copy.instanceId(),
                Map.of("rating", "5", "folder", Integer.toString(folder), "view", "grid"), true);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("#copy-" + copy.instanceId(), saved.headers().firstValue("HX-Retarget").orElseThrow());
        assertTrue(saved.body().contains("aria-label=\"Rated 5 of 5\""), "the card comes back rated");
        assertEquals(5, atDiscogs(copy.instanceId()).rating());
        assertEquals(folder, atDiscogs(copy.instanceId()).folderId());
        assertTrue(browser.get("/collection?folder=" + folder).body().contains("id=\"copy-" + copy.instanceId() + "\""),
                "after a reload the copy is in its new folder");
    }

    @Test
    void a_page_viewed_again_shows_a_copy_rated_in_between() {
        CollectionInstance copy = account.fake.account().copies().get(4);
        String before = card(browser.get("/collection?view=list").body(), copy.instanceId());
        assertEquals(before, card(browser.get("/collection?view=list").body(), copy.instanceId()), "the same page, the same card");
        int rating = before.contains("Rated 3 of 5") ? 4 : 3;
        HttpResponse<String> saved = browser.postForm("/collection/copies/" + copy.instanceId(),
                Map.of("rating", Integer.toString(rating), "view", "list"), true);
        assertEquals(200, saved.statusCode(), saved.body());
        String after = card(browser.get("/collection?view=list").body(), copy.instanceId());
        assertTrue(after.contains("Rated " + rating + " of 5"), "the remembered cards are built again once the mirror changed: " + after);
    }

    /** The HTML of one copy's card on a shelf page. */
    private static String card(String page, long instanceId) {
        int start = page.indexOf("id=\"copy-" + instanceId + "\"");
        assertTrue(start >= 0, "the copy is on the page");
        int end = page.indexOf("class=\"shelf-item", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    @Test
    void a_card_removes_its_copy_and_undo_puts_one_back_with_the_same_values() {
        CollectionInstance copy = account.fake.account().copies().get(4);
        browser.postForm("/collection/copies/" + copy.instanceId(), Map.of("rating", "2", "view", "list"), true);
        int copies = account.fake.account().instanceCount();
        HttpResponse<String> removed = browser.postForm("/collection/copies/" + copy.instanceId() + "/remove",
                Map.of("view", "list"), true);
        assertEquals(200, removed.statusCode(), removed.body());
        assertTrue(removed.body().contains("<tr class=\"shelf-item shelf-item-removed\" id=\"copy-" + copy.instanceId()),
                removed.body());
        assertEquals(copies - 1, account.fake.account().instanceCount());
        assertFalse(browser.get("/collection").body().contains("id=\"copy-" + copy.instanceId() + "\""));

        Map<String, String> undo = HxVals.of(removed.body(), "Undo");
        HttpResponse<String> back = browser.postForm("/collection/restore-copy", undo, true);
        assertEquals(200, back.statusCode(), back.body());
        assertTrue(back.body().contains("back in your collection"), back.body());
        assertEquals(copies, account.fake.account().instanceCount(), "exactly one copy came back");
        CollectionInstance restored = account.fake.account().copies().stream()
                .filter(c -> c.releaseId() == copy.releaseId() && c.instanceId() != copy.instanceId()).reduce((a, b) -> b)
                .orElseThrow();
        assertEquals(2, restored.rating());
        assertEquals(copy.folderId(), restored.folderId());
        assertEquals(copy.fields(), restored.fields());
    }

    @Test
    void a_want_card_saves_its_rating_and_notes() {
        long release = account.fake.account().wants().get(1).releaseId();
        assertTrue(browser.get("/wantlist/" + release + "/edit").body().contains("name=\"notes\""));
        HttpResponse<String> saved = browser.postForm("/wantlist/" + release + "/save",
                Map.of("rating", "3", "notes", "any pressing", "view", "grid"), true);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("any pressing", account.fake.account().wantNotes(release));
        assertTrue(saved.body().contains("aria-label=\"Rated 3 of 5\""), saved.body());
    }

    @Test
    void bad_card_edits_are_a_clear_4xx() {
        CollectionInstance copy = account.fake.account().copies().get(6);
        String url = "/collection/copies/" + copy.instanceId();
        assertEquals(400, browser.postForm(url, Map.of("rating", "7"), true).statusCode());
        assertEquals(400, browser.postForm(url, Map.of("folder", "0"), true).statusCode());
        assertEquals(404, browser.postForm("/collection/copies/1", Map.of("rating", "1"), true).statusCode());
        assertEquals(404, browser.get("/collection/copies/1/edit").statusCode());
        assertEquals(400, browser.postForm("/collection/restore-copy", Map.of("release", "x"), true).statusCode());
        assertEquals(403, browser.postForm(url, Map.of("rating", "1"), false).statusCode());
        assertEquals(copy, atDiscogs(copy.instanceId()));
    }
}
