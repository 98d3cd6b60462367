package app.spindle.web.wantlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.testing.Eventually;
import app.spindle.testing.SyncedAccount;
import app.spindle.testing.TestBrowserlessSession;
import app.spindle.web.Paths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WantlistRoutesTest {
    @TempDir
    static Path dir;
    static SyncedAccount account;
    static Spindle spindle;
    static TestBrowserlessSession browser;

    @BeforeAll
    static void start() {
        account = SyncedAccount.sync(dir, 30, 25);
        spindle = account.startSpindle();
        browser = new TestBrowserlessSession(spindle.port());
    }

    @AfterAll
    static void stop() {
        spindle.close();
        account.close();
    }

    @Test
    void the_wantlist_browses_like_the_collection_and_offers_remove_buttons() {
        HttpResponse<String> r = browser.get("/wantlist");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains(account.count("SELECT count(*) FROM wants") + " records"));
        assertTrue(r.body().contains("hx-confirm=\"Remove"));
        assertTrue(r.body().contains("data-facet=\"genre\""));
        assertFalse(r.body().contains("data-facet=\"folder\""), "wants have no folders");
        assertEquals(400, browser.get("/wantlist?folder=1").statusCode());
        assertEquals(400, browser.get("/wantlist?condition=Mint").statusCode());
    }

    @Test
    void removing_a_want_writes_to_discogs_then_the_mirror_and_undo_puts_it_back_with_its_notes() throws Exception {
        long releaseId = account.jdbi().withHandle(h -> h.createQuery(
                "SELECT release_id FROM wants ORDER BY coalesce(notes, '') = '', release_id LIMIT 1").mapTo(Long.class).one());
        String notes = account.jdbi().withHandle(h -> h.createQuery("SELECT coalesce(notes, '') FROM wants WHERE release_id = :id")
                .bind("id", releaseId).mapTo(String.class).one());
        int rating = account.jdbi().withHandle(h -> h.createQuery("SELECT rating FROM wants WHERE release_id = :id")
                .bind("id", releaseId).mapTo(Integer.class).one());
        assertTrue(account.fake.account().wantReleaseIds().contains(releaseId));

        long wants = account.count("SELECT count(*) FROM wants");
        browser.get("/wantlist");
        HttpResponse<String> removed = browser.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + spindle.port() + Paths.withId(Paths.WANTLIST_REMOVE, releaseId)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                .header("HX-Current-URL", "http://127.0.0.1:" + spindle.port() + "/wantlist?sort=artist-asc")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("view=grid&_csrf="
                        + java.net.URLEncoder.encode(browser.cookie("spindle_csrf"), java.nio.charset.StandardCharsets.UTF_8))).build());
        assertEquals(200, removed.statusCode(), removed.body());
        assertTrue(removed.body().contains("Removed"), removed.body());
        assertTrue(removed.body().contains("<div id=\"shelf-count\" hx-swap-oob=\"innerHTML\">" + (wants - 1) + " records</div>"),
                "the page's count follows: " + removed.body());
        assertFalse(account.fake.account().wantReleaseIds().contains(releaseId), "Discogs still lists it");
        assertEquals(0, account.count("SELECT count(*) FROM wants WHERE release_id = " + releaseId));

        Matcher vals = Pattern.compile("hx-vals=\"([^\"]*)\"").matcher(removed.body());
        assertTrue(vals.find(), removed.body());
        JsonNode undo = new ObjectMapper().readTree(StringEscapeUtils.unescapeHtml4(vals.group(1)));
        assertEquals(notes, undo.get("notes").asText());
        HttpResponse<String> restored = browser.postForm(Paths.withId(Paths.WANTLIST_RESTORE, releaseId),
                Map.of("notes", undo.get("notes").asText(), "rating", undo.get("rating").asText(), "view", "grid"), true);
        assertEquals(200, restored.statusCode(), restored.body());
        assertTrue(restored.body().contains("id=\"want-" + releaseId + "\""), restored.body());
        assertTrue(Eventually.waitFor(() -> account.fake.account().wantReleaseIds().contains(releaseId), in -> in,
                Duration.ofSeconds(30)), "Discogs did not get it back");
        assertEquals(notes, account.fake.account().wantNotes(releaseId), "Discogs got its notes back too");
        // On a slow machine Discogs' answer may come after the page's wait: the page then says "queued".
        String restoredRow = "SELECT count(*) FROM wants WHERE release_id = " + releaseId
                + " AND rating = " + rating + " AND coalesce(notes, '') = '" + notes.replace("'", "''") + "'";
        assertEquals(1L, Eventually.waitFor(() -> account.count(restoredRow), n -> n == 1, Duration.ofSeconds(30)));
    }

    @Test
    void a_remove_without_the_csrf_token_is_refused_and_changes_nothing() {
        long releaseId = account.jdbi().withHandle(h -> h.createQuery("SELECT max(release_id) FROM wants").mapTo(Long.class).one());
        HttpResponse<String> r = browser.postForm(Paths.withId(Paths.WANTLIST_REMOVE, releaseId), Map.of(), false);
        assertEquals(403, r.statusCode());
        assertTrue(account.fake.account().wantReleaseIds().contains(releaseId));
        assertEquals(1, account.count("SELECT count(*) FROM wants WHERE release_id = " + releaseId));
    }

    @Test
    void removing_something_not_wanted_or_not_a_number_is_a_clear_error() {
        assertEquals(404, browser.postForm("/wantlist/12345678901/remove", Map.of(), true).statusCode());
        assertEquals(400, browser.postForm("/wantlist/abc/remove", Map.of(), true).statusCode());
        assertEquals(400, browser.postForm("/wantlist/1/restore", Map.of("rating", "7"), true).statusCode());
    }

    @Test
    void the_shopping_list_groups_wants_by_label_in_catalog_number_order() {
        HttpResponse<String> r = browser.get(Paths.SHOPPING_LIST);
        assertEquals(200, r.statusCode());
        String firstLabel = account.jdbi().withHandle(h -> h.createQuery("""
                SELECT l.name FROM wants w JOIN release_labels l ON l.release_id = w.release_id AND l.kind = 'label'
                ORDER BY w.sort_label, w.sort_catno, w.release_id LIMIT 1""").mapTo(String.class).one());
        assertTrue(r.body().contains("<h2>" + StringEscapeUtils.escapeHtml4(firstLabel) + "</h2>"), r.body());
        Matcher catnos = Pattern.compile("<td class=\"catno\">([^<]*)</td>").matcher(r.body());
        int lines = 0;
        while (catnos.find()) {
            lines++;
        }
        assertEquals(account.count("SELECT count(*) FROM wants"), lines);
        assertTrue(browser.get(Paths.SHOPPING_LIST + "?genre=Rock").statusCode() == 200);
    }
}
