package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchGenresMigrationTest {
    @TempDir
    Path dir;

    @Test
    void migration_14_makes_genres_and_styles_searchable_in_a_database_made_by_the_migrations_before_it() {
        Database old = Database.open(dir, Migrations.all().stream().filter(m -> m.version() < 14).toList());
        old.jdbi().useHandle(h -> {
            h.execute("INSERT INTO releases (id, title, artist_credit) VALUES (7, 'King Tubby Meets Rockers Uptown', 'Augustus Pablo')");
            h.execute("INSERT INTO releases (id, title, artist_credit) VALUES (8, 'Kind Of Blue', 'Miles Davis')");
            h.execute("INSERT INTO release_genres (release_id, position, genre) VALUES (7, 0, 'Reggae'), (8, 0, 'Jazz')");
            h.execute("INSERT INTO release_styles (release_id, position, style) VALUES (7, 0, 'Dub'), (8, 0, 'Modal')");
            h.execute("INSERT INTO tracks (release_id, seq, position, title) VALUES (7, 0, 'A1', 'Keep On Dubbing')");
            h.execute("INSERT INTO release_search (rowid, artists, title, tracks) "
                    + "VALUES (7, 'Augustus Pablo', 'King Tubby Meets Rockers Uptown', 'Keep On Dubbing')");
        });
        assertEquals(List.of(), new SearchIndex(old.jdbi()).search("reggae", 5), "before: genres are not searched");
        old.close();

        Database upgraded = Database.open(dir);
        SearchIndex search = new SearchIndex(upgraded.jdbi());
        assertEquals(List.of(7L), search.search("reggae", 5), "the genre");
        assertEquals(List.of(7L), search.search("dub", 5), "the style (and the track title's prefix)");
        assertEquals(List.of(8L), search.search("modal", 5));
        assertEquals(List.of(7L), search.search("pablo uptown", 5), "what was searchable stays searchable");
        assertEquals(List.of(8L), search.search("miles", 5), "a release indexed by no one before is indexed now");
        upgraded.close();
    }
}
