package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorSchemaTest {
    @TempDir
    Path dir;

    @Test
    void a_new_database_gets_every_mirror_table() {
        Database db = Database.open(dir);
        List<String> tables = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").mapTo(String.class).list());
        for (String expected : List.of("releases", "release_json", "release_artists", "tracks", "track_artists",
                "release_labels", "release_formats", "release_identifiers", "release_genres", "release_styles",
                "release_images", "release_videos", "cover_images", "artists", "labels", "masters",
                "collection_folders", "collection_fields", "collection_items", "collection_item_fields", "wants",
                "release_search", "sync_runs")) {
            assertTrue(tables.contains(expected), "missing table " + expected);
        }
        assertTrue(db.schemaVersion() >= 2);
    }

    @Test
    void reopening_keeps_the_schema_and_the_data() {
        Database first = Database.open(dir);
        first.jdbi().useHandle(h -> h.execute("INSERT INTO releases (id, title) VALUES (1, 'Kept')"));
        Database again = Database.open(dir);
        assertEquals("Kept", again.jdbi().withHandle(h ->
                h.createQuery("SELECT title FROM releases WHERE id = 1").mapTo(String.class).one()));
    }

    @Test
    void the_search_index_can_forget_a_release() {
        Database db = Database.open(dir);
        long hits = db.jdbi().withHandle(h -> {
            h.execute("INSERT INTO release_search (rowid, title, identifiers) VALUES (7, 'Never Gonna', 'PB 41447 A2 UTOPIA')");
            long before = h.createQuery("SELECT count(*) FROM release_search WHERE release_search MATCH 'utopia'")
                    .mapTo(Long.class).one();
            h.execute("DELETE FROM release_search WHERE rowid = 7");
            long after = h.createQuery("SELECT count(*) FROM release_search WHERE release_search MATCH 'utopia'")
                    .mapTo(Long.class).one();
            return before * 10 + after;
        });
        assertEquals(10, hits);
    }
}
