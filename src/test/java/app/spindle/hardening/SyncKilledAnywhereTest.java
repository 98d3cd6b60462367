package app.spindle.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.FakeRequest;
import app.spindle.sync.SyncResult;
import app.spindle.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync in its own JVM is killed with SIGKILL again and again — while it lists, while it fetches
 * details, while it stores covers — and each time the next run picks up. In the end the mirror is
 * the one a single clean sync makes, and no release that was stored was ever fetched again.
 */
class SyncKilledAnywhereTest {
    /**
     * After this many API requests of one child (it lists first, then fetches details): three kills while it lists,
     * four while it fetches details. Each child costs a JVM start (about 3 s of CPU), so the points are spread over
     * each phase rather than packed: 22 kills once, 12 now, every phase still killed at its start, middle and end.
     */
    private static final int[] AFTER_REQUESTS = {1, 3, 5, 8, 13, 20, 30};
    /** After this many more covers stored by one child (covers come last). */
    private static final int[] AFTER_COVERS = {1, 3, 8, 16, 25};

    @TempDir
    Path dir;

    private record Kill(String point, String phase, Instant started, Instant killedAt, boolean killed) {
    }

    @Test
    void a_sync_killed_at_twelve_points_across_its_phases_resumes_to_the_clean_mirror_and_fetches_nothing_twice()
            throws Exception {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(11).collectionSize(100).wantlistSize(25).folders(2)
                .rateLimit(100_000, Duration.ofSeconds(60)).latency(Duration.ofMillis(2)).start()) {
            SyncParts clean = SyncParts.open(dir.resolve("clean"), fake.baseUrl(), fake.token());
            assertTrue(clean.runner().run("test").succeeded());
            TreeMap<String, List<String>> expected = MirrorDump.content(clean.database().jdbi(), dir.resolve("clean"));
            fake.resetRequestLog();

            Path data = dir.resolve("killed");
            SyncParts resumed = SyncParts.open(data, fake.baseUrl(), fake.token());
            List<Kill> kills = new ArrayList<>();
            for (int n : AFTER_REQUESTS) {
                long before = fake.requestCount();
                kills.add(runAndKill(fake, data, "after " + n + " requests", () -> fake.requestCount() - before >= n));
            }
            LongSupplier covers = () -> resumed.count("SELECT count(*) FROM cover_images WHERE local_file IS NOT NULL");
            for (int k : AFTER_COVERS) {
                long before = covers.getAsLong();
                kills.add(runAndKill(fake, data, "after " + k + " covers", () -> covers.getAsLong() - before >= k));
            }
            Instant finalRun = Instant.now();
            SyncResult last = resumed.runner().run("test");
            assertTrue(last.succeeded(), last.error());

            long survived = kills.stream().filter(Kill::killed).count();
            assertTrue(survived >= AFTER_REQUESTS.length + AFTER_COVERS.length - 1, "killed " + survived + " times: " + kills);
            Map<String, Long> byPhase = kills.stream().filter(Kill::killed)
                    .collect(Collectors.groupingBy(Kill::phase, TreeMap::new, Collectors.counting()));
            assertTrue(byPhase.keySet().containsAll(List.of("listing", "details", "images")), "phases: " + byPhase);

            assertEquals("ok", HardeningReport.integrity(resumed.database().jdbi()));
            TreeMap<String, List<String>> actual = MirrorDump.content(resumed.database().jdbi(), data);
            assertTrue(expected.equals(actual), MirrorDump.difference(expected, actual));
            assertNoStoredReleaseFetchedAgain(fake.requests(), kills, finalRun);

            HardeningReport.print("kills survived", survived + " " + byPhase);
            HardeningReport.print("rows lost after kills", String.valueOf(HardeningReport.missingRows(expected, actual)));
        }
    }

    private Kill runAndKill(FakeDiscogs fake, Path data, String point, java.util.function.BooleanSupplier reached)
            throws Exception {
        Instant started = Instant.now();
        Process child = ChildJvm.of(KillableSync.class, data.toString(), fake.baseUrl(), fake.token())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        // generous: a child JVM on a machine busy with other test forks can take a minute to get going
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (!reached.getAsBoolean()) {
            if (!child.isAlive()) {
                return new Kill(point, "completed", started, Instant.now(), false);
            }
            if (Instant.now().isAfter(deadline)) {
                child.destroyForcibly().waitFor();
                throw new AssertionError("the child sync made no progress towards " + point);
            }
            Thread.sleep(1); // not Eventually's 20 ms poll: at 2 ms a request the kill would land several requests late
        }
        Instant killedAt = Instant.now();
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no finally
        child.waitFor();
        return new Kill(point, phaseAt(fake.requests(), started, killedAt, point), started, killedAt, true);
    }

    private static String phaseAt(List<FakeRequest> requests, Instant from, Instant to, String point) {
        if (point.contains("covers")) {
            return "images";
        }
        FakeRequest last = null;
        for (FakeRequest r : requests) {
            if (!r.at().isBefore(from) && r.at().isBefore(to)) {
                last = r;
            }
        }
        return last != null && last.path().startsWith("/releases/") ? "details" : "listing";
    }

    /**
     * Each release is fetched once, except the one a killed child had in flight: it may have been
     * answered but not yet stored.
     */
    private static void assertNoStoredReleaseFetchedAgain(List<FakeRequest> requests, List<Kill> kills, Instant finalRun) {
        Map<String, Integer> inFlight = new HashMap<>();
        for (int i = 0; i < kills.size(); i++) {
            Instant from = kills.get(i).started();
            Instant to = i + 1 < kills.size() ? kills.get(i + 1).started() : finalRun;
            String last = null;
            for (FakeRequest r : requests) {
                if (r.path().startsWith("/releases/") && !r.at().isBefore(from) && r.at().isBefore(to)) {
                    last = r.path();
                }
            }
            if (last != null && kills.get(i).killed()) {
                inFlight.merge(last, 1, Integer::sum);
            }
        }
        Map<String, Long> fetches = requests.stream().filter(r -> r.path().startsWith("/releases/"))
                .collect(Collectors.groupingBy(FakeRequest::path, Collectors.counting()));
        List<String> again = fetches.entrySet().stream()
                .filter(e -> e.getValue() - 1 > inFlight.getOrDefault(e.getKey(), 0))
                .map(e -> e.getKey() + " ×" + e.getValue()).toList();
        assertTrue(again.isEmpty(), "stored releases fetched again: " + again);
    }
}
