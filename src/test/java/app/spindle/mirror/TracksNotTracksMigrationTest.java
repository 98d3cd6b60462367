package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.mirror.query.MirrorCounts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TracksNotTracksMigrationTest {
    @TempDir
    Path dir;

    @Test
    void migration_19_counts_the_same_tracks_from_an_index_of_the_rows_that_are_not_tracks() {
        Database old = Database.open(dir, Migrations.all().stream().filter(m -> m.version() < 19).toList());
        old.jdbi().useHandle(h -> {
            h.execute("INSERT INTO releases (id, title, artist_credit) VALUES (7, 'Lovers Rock', 'Janet Kay')");
            h.execute("INSERT INTO tracks (release_id, seq, position, type, title) VALUES (7, 0, NULL, 'heading', 'Side One'),"
                    + " (7, 1, 'A1', 'track', 'Silly Games'), (7, 2, 'A2', NULL, 'Capricorn Woman'),"
                    + " (7, 3, 'A3', 'index', 'Medley'), (7, 4, 'A3a', 'track', 'Part One')");
        });
        long before = old.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM tracks WHERE type = 'track' OR type IS NULL").mapTo(Long.class).one());
        old.close();

        Database upgraded = Database.open(dir);
        assertEquals(3, before);
        assertEquals(before, new MirrorCounts(upgraded.jdbi()).count().tracks(), "the same tracks counted");
        List<String> plan = upgraded.jdbi().withHandle(h -> h.createQuery("EXPLAIN QUERY PLAN SELECT count(*) FROM tracks"
                + " WHERE type IS NOT NULL AND type <> 'track'").map((rs, ctx) -> rs.getString("detail")).list());
        assertTrue(plan.stream().anyMatch(step -> step.contains("tracks_not_tracks")), plan.toString());
        upgraded.close();
    }
}
