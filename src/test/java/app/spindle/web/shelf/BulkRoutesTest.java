package app.spindle.web.shelf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.CollectionInstance;
import app.spindle.testing.Eventually;
import app.spindle.testing.SyncedRoutesTest;
import app.spindle.web.actions.HxVals;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BulkRoutesTest extends SyncedRoutesTest {
    @BeforeAll
    static void start() {
        startSynced(70, 12);
    }

    @Test
    void fifty_ticked_records_move_to_a_folder_after_one_review_that_names_the_records_and_requests() {
        int folder = account.fake.account().folderList().get(2).id();
        List<CollectionInstance> fifty = account.fake.account().copies().subList(0, 50);
        long alreadyThere = fifty.stream().filter(c -> c.folderId() == folder).count();
        String picks = fifty.stream().map(c -> Long.toString(c.instanceId())).collect(Collectors.joining(","));

        HttpResponse<String> review = browser.postForm("/collection/bulk/review",
                Map.of("op", "move", "keys", picks, "value", Integer.toString(folder)), true);
        assertEquals(200, review.statusCode(), review.body());
        assertTrue(review.body().contains("Move to a folder: 50 records"), review.body());
        assertTrue(review.body().contains((50 - alreadyThere) + " requests to Discogs"), review.body());

        HttpResponse<String> started = browser.postForm("/collection/bulk",
                Map.of("op", "move", "keys", picks, "value", Integer.toString(folder)), true);
        assertEquals(200, started.statusCode(), started.body());
        String progressUrl = pollUrl(started.body());
        String finished = Eventually.waitFor(() -> progressUrl == null ? started.body() : browser.get(progressUrl).body(),
                body -> body.contains("Done:"), Duration.ofSeconds(60));
        assertTrue(finished.contains("Done: " + (50 - alreadyThere) + " of " + (50 - alreadyThere)), finished);
        assertTrue(fifty.stream().allMatch(c -> folderAtDiscogs(c.instanceId()) == folder), "Discogs has all 50 moved");
        String reloaded = browser.get("/collection?folder=" + folder + "&view=list").body();
        assertTrue(fifty.stream().allMatch(c -> reloaded.contains("id=\"copy-" + c.instanceId() + "\"")),
                "after a reload all 50 are in the folder");
    }

    @Test
    void all_records_matching_a_filter_are_chosen_by_the_filter_and_the_wantlist_removes_in_bulk() {
        long wants = account.fake.account().wants().size();
        HttpResponse<String> review = browser.postForm("/wantlist/bulk/review", Map.of("op", "unwant", "all", "1"), true);
        assertEquals(200, review.statusCode(), review.body());
        assertTrue(review.body().contains("Remove from wantlist: " + wants + " records"), review.body());
        Map<String, String> values = HxVals.of(review.body(), "Remove from wantlist (");
        HttpResponse<String> started = browser.postForm("/wantlist/bulk", values, true);
        assertEquals(200, started.statusCode(), started.body());
        Eventually.waitFor(() -> account.fake.account().wants().size(), n -> n == 0, Duration.ofSeconds(60));
        assertTrue(browser.get("/wantlist").body().contains("Add releases to your wantlist"), "the wantlist is empty after a reload");
    }

    @Test
    void a_bulk_change_needs_records_and_a_known_change() {
        assertEquals(400, browser.postForm("/collection/bulk/review", Map.of("op", "move"), true).statusCode());
        assertEquals(400, browser.postForm("/collection/bulk/review", Map.of("op", "melt", "keys", "1"), true).statusCode());
        assertEquals(400, browser.postForm("/wantlist/bulk/review", Map.of("op", "move", "keys", "1"), true).statusCode());
        assertEquals(400, browser.postForm("/collection/bulk", Map.of("op", "move", "keys", "1,x", "value", "1"), true)
                .statusCode());
        assertEquals(404, browser.postForm("/collection/bulk", Map.of("op", "remove", "keys", "1"), true).statusCode());
        assertEquals(403, browser.postForm("/collection/bulk", Map.of("op", "remove", "keys", "1"), false).statusCode());
        assertEquals(400, browser.get("/actions/progress?first=9&last=1").statusCode());
    }

    private static int folderAtDiscogs(long instanceId) {
        return account.fake.account().copies().stream().filter(c -> c.instanceId() == instanceId).findFirst()
                .orElseThrow().folderId();
    }

    private static String pollUrl(String html) {
        Matcher m = Pattern.compile("hx-get=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }
}
