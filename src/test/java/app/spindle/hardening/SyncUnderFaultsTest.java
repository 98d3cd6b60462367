package app.spindle.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.Fault;
import app.spindle.sync.SyncResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncUnderFaultsTest {
    private static final int MAX_RUNS = 10;

    @TempDir
    Path dir;

    @Test
    void a_sync_through_ten_percent_faults_ends_with_exactly_the_mirror_of_a_clean_sync() {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(7).collectionSize(100).wantlistSize(25).folders(3)
                .rateLimit(100_000, Duration.ofSeconds(60)).latency(Duration.ZERO).start()) {
            SyncParts clean = SyncParts.open(dir.resolve("clean"), fake.baseUrl(), fake.token());
            SyncResult cleanRun = clean.runner().run("test");
            assertTrue(cleanRun.succeeded(), cleanRun.error());
            TreeMap<String, List<String>> expected = MirrorDump.content(clean.database().jdbi(), dir.resolve("clean"));

            fake.faults().enable(Fault.SERVER_ERROR, Fault.QUERY_TIMEOUT_500, Fault.SLOW_TIMEOUT, Fault.TRUNCATED_JSON,
                    Fault.HTML_CHALLENGE_403, Fault.DROP_CONNECTION)
                    .setSlowTimeoutHold(Duration.ofSeconds(1))
                    .setRate(0.10);
            // the read timeout is what turns a held answer into a timeout the client must survive
            SyncParts faulty = SyncParts.open(dir.resolve("faulty"), fake.baseUrl(), fake.token(),
                    settings -> settings.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)));
            List<String> outcomes = new ArrayList<>();
            SyncResult last;
            do {
                last = faulty.runner().run("test");
                outcomes.add(last.outcome().name().toLowerCase(java.util.Locale.ROOT) + (last.error() == null ? "" : " (" + last.error() + ")"));
            } while (!last.succeeded() && outcomes.size() < MAX_RUNS);
            Map<Fault, Integer> injected = fake.faults().injected();
            fake.faults().clear();

            assertTrue(last.succeeded(), "runs: " + outcomes);
            TreeMap<String, List<String>> actual = MirrorDump.content(faulty.database().jdbi(), dir.resolve("faulty"));
            assertEquals(expected.keySet(), actual.keySet());
            assertTrue(expected.equals(actual), MirrorDump.difference(expected, actual));
            assertEquals("ok", HardeningReport.integrity(faulty.database().jdbi()));
            int total = injected.values().stream().mapToInt(Integer::intValue).sum();
            assertTrue(total >= 10, "faults were injected: " + injected);
            HardeningReport.print("faults injected", total + " " + new TreeMap<>(injected) + " over "
                    + outcomes.size() + " run(s): " + outcomes);
            HardeningReport.print("rows lost under faults", String.valueOf(
                    HardeningReport.missingRows(expected, actual)));
        }
    }
}
