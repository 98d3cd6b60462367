package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchColumnsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void migration_18_keeps_every_record_findable_by_every_column_without_word_positions() {
        Database old = Database.open(dir, Migrations.all().stream().filter(m -> m.version() < 18).toList());
        old.jdbi().useHandle(h -> {
            h.execute("INSERT INTO releases (id, title, artist_credit) VALUES (7, 'Lovers Rock', 'Janet Kay')");
            h.execute("INSERT INTO releases (id, title, artist_credit) VALUES (8, 'Kind Of Blue', 'Miles Davis')");
            h.execute("INSERT INTO release_genres (release_id, position, genre) VALUES (7, 0, 'Reggae'), (8, 0, 'Jazz')");
            h.execute("INSERT INTO tracks (release_id, seq, position, title) VALUES (7, 0, 'A1', 'Silly Games')");
            h.execute("INSERT INTO release_labels (release_id, kind, position, label_id, name, catno, catno_key) "
                    + "VALUES (8, 'label', 0, 1, 'Columbia', 'CL 1355', 'CL1355')");
            h.execute("INSERT INTO release_identifiers (release_id, position, type, value, value_key) "
                    + "VALUES (7, 0, 'Matrix / Runout', 'ARI-1 A', 'ARI1A')");
            h.execute("INSERT INTO release_search (rowid, artists, title, tracks, tags) "
                    + "VALUES (7, 'Janet Kay', 'Lovers Rock', 'Silly Games', 'Reggae')");
        });
        old.close();

        Database upgraded = Database.open(dir);
        SearchIndex search = new SearchIndex(upgraded.jdbi());
        assertEquals(List.of(7L), search.search("janet lovers", 5), "artist and title");
        assertEquals(List.of(7L), search.search("sill gam", 5), "the track titles");
        assertEquals(List.of(7L), search.search("regg", 5), "the genre");
        assertEquals(List.of(7L), search.search("ari1a", 5), "the runout");
        assertEquals(List.of(8L), search.search("columbia cl1355", 5), "a release the old index did not hold: label and catalog number");
        assertEquals(List.of(8L), upgraded.jdbi().withHandle(h -> h.createQuery(
                "SELECT rowid FROM release_search WHERE release_search MATCH '{artists title} : \"blue\"'").mapTo(Long.class).list()),
                "column filters still answer");
        String declared = upgraded.jdbi().withHandle(h -> h.createQuery(
                "SELECT sql FROM sqlite_master WHERE name = 'release_search'").mapTo(String.class).one());
        assertTrue(declared.contains("detail = column") && declared.contains("prefix = '2 3 4'"), declared);
        upgraded.close();
    }
}
