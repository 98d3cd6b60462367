package app.spindle.web.folders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.CollectionFolder;
import app.spindle.testing.SyncedRoutesTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FolderRoutesTest extends SyncedRoutesTest {
    @BeforeAll
    static void start() {
        startSynced(20, 3);
    }

    private static Optional<CollectionFolder> atDiscogs(String name) {
        return account.fake.account().folderList().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    @Test
    void a_folder_is_created_renamed_and_deleted_and_discogs_and_a_reload_agree() {
        HttpResponse<String> created = browser.postForm("/folders", Map.of("name", "Test pressings"), true);
        assertEquals(200, created.statusCode(), created.body());
        assertTrue(created.body().contains("Created the folder on Discogs."), created.body());
        int id = atDiscogs("Test pressings").orElseThrow().id();
        assertTrue(browser.get("/folders").body().contains(">Test pressings</a>"), "the new folder survives a reload");

        assertEquals(200, browser.postForm("/folders/" + id + "/rename", Map.of("name", "White labels"), true).statusCode());
        assertTrue(atDiscogs("White labels").isPresent());
        assertTrue(atDiscogs("Test pressings").isEmpty());

        HttpResponse<String> deleted = browser.postForm("/folders/" + id + "/delete", Map.of(), true);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(atDiscogs("White labels").isEmpty(), "Discogs no longer has it");
        assertFalse(browser.get("/folders").body().contains("White labels"), "nor the page after a reload");
    }

    @Test
    void discogs_own_folders_and_folders_holding_copies_are_refused_with_the_reason() {
        HttpResponse<String> own = browser.postForm("/folders/1/delete", Map.of(), true);
        assertEquals(400, own.statusCode());
        assertTrue(own.body().contains("Discogs' own folders"), own.body());
        assertEquals(400, browser.postForm("/folders/0/rename", Map.of("name", "Everything"), true).statusCode());
        CollectionFolder full = account.fake.account().folderList().stream().filter(f -> f.id() > 1 && f.count() > 0)
                .findFirst().orElseThrow();
        HttpResponse<String> notEmpty = browser.postForm("/folders/" + full.id() + "/delete", Map.of(), true);
        assertEquals(400, notEmpty.statusCode());
        assertTrue(notEmpty.body().contains("still holds"), notEmpty.body());
        assertTrue(atDiscogs(full.name()).isPresent());
        assertEquals(400, browser.postForm("/folders", Map.of("name", "   "), true).statusCode());
        assertEquals(404, browser.postForm("/folders/987654/delete", Map.of(), true).statusCode());
    }

    @Test
    void the_folders_page_lists_every_folder_with_its_count() {
        String page = browser.get("/folders").body();
        for (CollectionFolder folder : account.fake.account().folderList()) {
            assertTrue(page.contains(">" + folder.name() + "</a>"), folder.name());
        }
        assertTrue(page.contains("Discogs&#39; own folder") || page.contains("Discogs' own folder"), page);
    }
}
