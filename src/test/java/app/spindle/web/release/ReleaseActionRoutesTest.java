package app.spindle.web.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.CollectionInstance;
import app.spindle.testing.SyncedRoutesTest;
import app.spindle.web.actions.HxVals;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReleaseActionRoutesTest extends SyncedRoutesTest {
    @BeforeAll
    static void start() {
        startSynced(20, 5);
    }

    @Test
    void a_copy_is_rated_graded_annotated_and_moved_from_the_release_page_and_discogs_has_it() {
        CollectionInstance copy = account.fake.account().copies().get(3);
        HttpResponse<String> page = browser.get("/releases/" + copy.releaseId());
        assertTrue(page.body().contains("id=\"copy-" + copy.instanceId() + "\""), page.body());
        assertTrue(page.body().contains("name=\"field-3\""), "the Notes field is offered");

        int folder = account.fake.account().folderList().get(2).id();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("rating", "3");
        form.put("folder", Integer.toString(folder));
        form.put("field-1", "Very Good Plus (VG+)");
        form.put("field-2", "Generic");
        form.put("field-3", "from the release page");
        HttpResponse<String> saved = browser.postForm("/releases/" + copy.releaseId() + "/copies/" + copy.instanceId(), form, true);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("Saved on Discogs."), saved.body());

        CollectionInstance atDiscogs = account.fake.account().copies().stream()
                .filter(c -> c.instanceId() == copy.instanceId()).findFirst().orElseThrow();
        assertEquals(3, atDiscogs.rating());
        assertEquals(folder, atDiscogs.folderId());
        assertEquals("Very Good Plus (VG+)", atDiscogs.field(1));
        assertEquals("Generic", atDiscogs.field(2));
        assertEquals("from the release page", atDiscogs.field(3));
        String reloaded = browser.get("/releases/" + copy.releaseId()).body();
        assertTrue(reloaded.contains("from the release page"), "survives a reload");

        HttpResponse<String> removed = browser.postForm("/releases/" + copy.releaseId() + "/copies/" + copy.instanceId()
                + "/remove", Map.of(), true);
        assertEquals(200, removed.statusCode(), removed.body());
        assertTrue(account.fake.account().copies().stream().noneMatch(c -> c.instanceId() == copy.instanceId()));
        assertFalse(removed.body().contains("id=\"copy-" + copy.instanceId() + "\""));

        HttpResponse<String> actions = browser.get("/actions");
        assertEquals(200, actions.statusCode());
        assertTrue(actions.body().contains("Remove a copy of"), actions.body());
    }

    @Test
    void the_want_is_added_annotated_and_removed_from_the_release_page() {
        CollectionInstance copy = account.fake.account().copies().get(5);
        long release = copy.releaseId();
        String url = "/releases/" + release + "/want";
        assertEquals(200, browser.postForm(url, Map.of("op", "add"), true).statusCode());
        assertTrue(account.fake.account().wantReleaseIds().contains(release));
        HttpResponse<String> saved = browser.postForm(url, Map.of("op", "save", "notes", "the blue vinyl", "rating", "4"), true);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("the blue vinyl", account.fake.account().wantNotes(release));
        assertEquals(200, browser.postForm(url, Map.of("op", "remove"), true).statusCode());
        assertNull(account.fake.account().wantNotes(release));
    }

    @Test
    void undo_after_removing_a_copy_puts_back_a_copy_with_the_same_folder_rating_and_fields() {
        CollectionInstance copy = account.fake.account().copies().get(8);
        int folder = account.fake.account().folderList().get(2).id();
        String url = "/releases/" + copy.releaseId() + "/copies/" + copy.instanceId();
        assertEquals(200, browser.postForm(url, Map.of("rating", "4", "folder", Integer.toString(folder),
                "field-1", "Near Mint (NM or M-)", "field-3", "signed sleeve"), true).statusCode());
        int copiesBefore = account.fake.account().copiesOf(copy.releaseId());

        HttpResponse<String> removed = browser.postForm(url + "/remove", Map.of(), true);
        assertEquals(200, removed.statusCode(), removed.body());
        assertTrue(removed.body().contains("Undo"), removed.body());
        assertEquals(copiesBefore - 1, account.fake.account().copiesOf(copy.releaseId()));

        Map<String, String> undo = HxVals.of(removed.body(), "Undo");
        assertEquals(Integer.toString(folder), undo.get("folder"));
        HttpResponse<String> restored = browser.postForm("/releases/" + copy.releaseId() + "/restore-copy", undo, true);
        assertEquals(200, restored.statusCode(), restored.body());
        assertTrue(restored.body().contains("Put the copy back on Discogs."), restored.body());

        CollectionInstance back = account.fake.account().copies().stream()
                .filter(c -> c.releaseId() == copy.releaseId() && c.instanceId() != copy.instanceId()
                        && "signed sleeve".equals(c.field(3))).findFirst().orElseThrow();
        assertEquals(folder, back.folderId());
        assertEquals(4, back.rating());
        assertEquals("Near Mint (NM or M-)", back.field(1));
        assertEquals(copiesBefore, account.fake.account().copiesOf(copy.releaseId()), "exactly one copy came back");
        String reloaded = browser.get("/releases/" + copy.releaseId()).body();
        assertTrue(reloaded.contains("id=\"copy-" + back.instanceId() + "\""), "the new copy survives a reload");
        assertTrue(reloaded.contains("signed sleeve"));
    }

    @Test
    void undo_after_removing_a_want_puts_it_back_with_its_notes_and_rating() {
        long release = account.fake.account().copies().get(9).releaseId();
        String url = "/releases/" + release + "/want";
        assertEquals(200, browser.postForm(url, Map.of("op", "add"), true).statusCode());
        assertEquals(200, browser.postForm(url, Map.of("op", "save", "notes", "only the 1991 press", "rating", "2"), true)
                .statusCode());
        HttpResponse<String> removed = browser.postForm(url, Map.of("op", "remove"), true);
        assertEquals(200, removed.statusCode(), removed.body());
        assertNull(account.fake.account().wantNotes(release));

        HttpResponse<String> restored = browser.postForm(url, HxVals.of(removed.body(), "Undo"), true);
        assertEquals(200, restored.statusCode(), restored.body());
        assertEquals("only the 1991 press", account.fake.account().wantNotes(release));
        assertTrue(browser.get("/releases/" + release).body().contains("only the 1991 press"), "survives a reload");
    }

    @Test
    void a_visit_to_a_release_page_reads_on_the_kept_open_connections_and_opens_no_new_one() {
        long release = account.fake.account().copies().get(4).releaseId();
        assertEquals(200, browser.get("/releases/" + release).statusCode(), "warms the read side's connections");
        List<String> opened = new CopyOnWriteArrayList<>();
        HandleListener counter = new HandleListener() {
            @Override
            public void handleCreated(Handle handle) {
                opened.add(Thread.currentThread().getName());
            }
        };
        Handles handles = spindle.database().jdbi().getConfig(Handles.class);
        handles.addListener(counter);
        try {
            assertEquals(200, browser.get("/releases/" + release).statusCode());
        } finally {
            handles.removeListener(counter);
        }
        assertEquals(List.of(), opened.stream().filter(t -> t.startsWith("JettyServerThreadPool")).toList());
    }

    @Test
    void bad_edits_are_a_clear_4xx_and_change_nothing() {
        CollectionInstance copy = account.fake.account().copies().get(6);
        String url = "/releases/" + copy.releaseId() + "/copies/" + copy.instanceId();
        assertEquals(400, browser.postForm(url, Map.of("rating", "9"), true).statusCode());
        assertEquals(400, browser.postForm(url, Map.of("field-1", "Shiny"), true).statusCode());
        assertEquals(400, browser.postForm(url, Map.of("folder", "0"), true).statusCode());
        assertEquals(404, browser.postForm("/releases/" + copy.releaseId() + "/copies/1", Map.of("rating", "2"), true).statusCode());
        assertEquals(403, browser.postForm(url, Map.of("rating", "2"), false).statusCode());
        assertEquals(copy, account.fake.account().copies().stream().filter(c -> c.instanceId() == copy.instanceId())
                .findFirst().orElseThrow());
    }
}
