package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetailsQueueMigrationTest {
    @TempDir
    Path dir;

    @Test
    void migration_17_keeps_the_queue_of_details_due_as_it_was_with_an_index_of_the_never_fetched_only() {
        Database old = Database.open(dir, Migrations.all().stream().filter(m -> m.version() < 17).toList());
        old.jdbi().useHandle(h -> {
            h.execute("""
                    INSERT INTO releases (id, title, details_fetched_at) VALUES
                        (1, 'never fetched, owned', NULL),
                        (2, 'fetched long ago, wanted', '2026-01-02T00:00:00Z'),
                        (3, 'fetched lately, owned', '2026-11-30T00:00:00Z'),
                        (4, 'fetched long ago, nobody''s', '2026-01-01T00:00:00Z'),
                        (5, 'fetched long ago, browsed', '2026-01-03T00:00:00Z'),
                        (6, 'never fetched, nobody''s', NULL),
                        (7, 'fetched long ago, owned twice', '2026-01-02T00:00:00Z')""");
            h.execute("INSERT INTO collection_folders (id, name) VALUES (1, 'Uncategorized')");
            h.execute("""
                    INSERT INTO collection_items (instance_id, release_id, folder_id) VALUES
                        (11, 1, 1), (13, 3, 1), (17, 7, 1), (18, 7, 1)""");
            h.execute("INSERT INTO wants (release_id) VALUES (2)");
            h.execute("INSERT INTO browsed_releases (release_id, first_browsed_at, last_browsed_at) "
                    + "VALUES (5, '2026-01-03T00:00:00Z', '2026-01-03T00:00:00Z')");
        });
        Queues before = Queues.of(old);
        old.close();

        Database upgraded = Database.open(dir);
        Queues after = Queues.of(upgraded);
        assertEquals(before, after, "the same releases due, in the same order");
        assertEquals(new Queues(List.of(1L), List.of(2L, 7L, 5L)), after);
        assertEquals(List.of("releases_master", "releases_never_fetched"), upgraded.jdbi().withHandle(h -> h.createQuery(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'releases' AND name LIKE 'releases_%'"
                        + " AND name NOT IN ('releases_country', 'releases_year') ORDER BY name").mapTo(String.class).list()));
        assertEquals(Long.valueOf(1), upgraded.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM releases INDEXED BY releases_never_fetched WHERE details_fetched_at IS NULL AND id < 6")
                .mapTo(Long.class).one()), "the queue's index lists the releases never fetched");
        upgraded.close();
    }

    /** What the sync asks of the queue (a dump import's targets: DumpImporterTest). */
    private record Queues(List<Long> missing, List<Long> stale) {
        static Queues of(Database db) {
            ReleaseRepository releases = db.jdbi().onDemand(ReleaseRepository.class);
            return new Queues(releases.missingDetails(10), releases.staleDetails("2026-06-01T00:00:00Z", 10));
        }
    }
}
