package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchPrefixesOfFourMigrationTest {
    @TempDir
    Path dir;

    @Test
    void migration_16_indexes_prefixes_of_four_letters_and_keeps_every_record_findable() {
        Database old = Database.open(dir, Migrations.all().stream().filter(m -> m.version() < 16).toList());
        old.jdbi().useHandle(h -> {
            h.execute("INSERT INTO releases (id, title, artist_credit) VALUES (7, 'Lovers Rock', 'Janet Kay')");
            h.execute("INSERT INTO releases (id, title, artist_credit) VALUES (8, 'Kind Of Blue', 'Miles Davis')");
            h.execute("INSERT INTO release_genres (release_id, position, genre) VALUES (7, 0, 'Reggae'), (8, 0, 'Jazz')");
            h.execute("INSERT INTO tracks (release_id, seq, position, title) VALUES (7, 0, 'A1', 'Silly Games')");
            h.execute("INSERT INTO release_search (rowid, artists, title, tracks, tags) "
                    + "VALUES (7, 'Janet Kay', 'Lovers Rock', 'Silly Games', 'Reggae')");
        });
        old.close();

        Database upgraded = Database.open(dir);
        SearchIndex search = new SearchIndex(upgraded.jdbi());
        assertEquals(List.of(7L), search.search("love", 5), "four letters, now from the prefix index");
        assertEquals(List.of(7L), search.search("sill gam", 5), "the track titles");
        assertEquals(List.of(7L), search.search("regg", 5), "the genre");
        assertEquals(List.of(8L), search.search("mile blue", 5), "a release the old index did not hold");
        assertEquals(List.of(7L, 8L), upgraded.jdbi().withHandle(h -> h.createQuery(
                "SELECT rowid FROM release_search WHERE release_search MATCH 'k*' ORDER BY rowid").mapTo(Long.class).list()),
                "one row per release, rebuilt from the release rows");
        String declared = upgraded.jdbi().withHandle(h -> h.createQuery(
                "SELECT sql FROM sqlite_master WHERE name = 'release_search'").mapTo(String.class).one());
        assertTrue(declared.contains("prefix = '2 3 4'"), declared);
        upgraded.close();
    }
}
