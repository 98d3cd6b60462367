package app.spindle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.FakeRequest;
import app.spindle.mirror.Database;
import app.spindle.testing.ChildJvm;
import app.spindle.testing.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncKilledTest {
    private static final List<String> TABLES = List.of("releases", "release_json", "release_artists", "tracks",
            "track_artists", "release_labels", "release_formats", "release_identifiers", "release_genres",
            "release_styles", "release_images", "release_videos", "artists", "labels", "collection_folders",
            "collection_fields", "collection_items", "collection_item_fields", "wants", "release_search");

    @TempDir
    Path dir;

    @Test
    void sync_resumes_after_the_jvm_is_killed_mid_details() throws Exception {
        try (FakeDiscogs fake = SyncFixture.fake(140, 30).start()) {
            Path killed = Files.createDirectories(dir.resolve("killed"));
            Database database = Database.open(killed); // migrated before the child opens it
            Process child = ChildJvm.of(SyncChild.class, killed.toString(), fake.baseUrl(), fake.token())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            long detailsAtKill = waitForDetails(database, child, 40);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback code runs
            child.waitFor();
            int requestsBeforeKill = fake.requests().size();
            assertTrue(detailsAtKill < 100, "killed mid-details, at " + detailsAtKill);

            SyncFixture resumed = new SyncFixture(fake, killed);
            SyncResult result = resumed.runner.run("test");
            assertTrue(result.succeeded(), result.error());
            assertEquals(1, resumed.count("SELECT count(*) FROM sync_runs WHERE outcome = 'interrupted'"));

            Map<String, Long> fetches = resumed.releaseRequests().stream()
                    .collect(Collectors.groupingBy(FakeRequest::path, Collectors.counting()));
            assertEquals(resumed.referencedReleases().size(), fetches.size(), "every release fetched");
            List<String> twice = fetches.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
            // Only the request in flight when the process died can have been answered but not stored.
            assertTrue(twice.isEmpty() || twice.size() == 1 && isLastReleaseBefore(fake, requestsBeforeKill, twice.get(0)),
                    "fetched twice: " + twice);

            SyncFixture fresh = new SyncFixture(fake, Files.createDirectories(dir.resolve("fresh")));
            assertTrue(fresh.runner.run("test").succeeded());
            assertEquals(rowCounts(fresh), rowCounts(resumed), "same rows as an uninterrupted sync: none missing, none twice");
        }
    }

    private static long waitForDetails(Database database, Process child, long atLeast) {
        long n = Eventually.waitFor(() -> database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM releases WHERE details_fetched_at IS NOT NULL").mapTo(Long.class).one()),
                fetched -> fetched >= atLeast || !child.isAlive(), Duration.ofMinutes(2));
        assertTrue(child.isAlive(), () -> "the child sync ended before it could be killed: exit " + child.exitValue());
        assertTrue(n >= atLeast, "the child sync made no progress: " + n);
        return n;
    }

    private static boolean isLastReleaseBefore(FakeDiscogs fake, int requestsBeforeKill, String path) {
        List<FakeRequest> before = fake.requests().subList(0, requestsBeforeKill);
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).path().startsWith("/releases/")) {
                return before.get(i).path().equals(path);
            }
        }
        return false;
    }

    private static Map<String, Long> rowCounts(SyncFixture f) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, f.count("SELECT count(*) FROM " + t)));
        return counts;
    }
}
