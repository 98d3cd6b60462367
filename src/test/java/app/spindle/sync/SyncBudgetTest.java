package app.spindle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncBudgetTest {
    @TempDir
    Path dir;

    @Test
    void a_first_sync_uses_exactly_the_minimum_number_of_requests() {
        try (FakeDiscogs fake = SyncFixture.fake(150, 80).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            long n = fake.account().instanceCount();
            long w = fake.account().wantReleaseIds().size();
            long r = f.referencedReleases().size();
            long start = System.nanoTime();
            SyncResult result = f.runner.run("test");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(result.succeeded(), result.error());
            long minimum = 3 + ceil(n) + ceil(w) + r;
            System.out.printf("first sync: N=%d W=%d R=%d, %d requests (minimum %d) in %d ms%n",
                    n, w, r, fake.requestCount(), minimum, millis);
            assertEquals(minimum, fake.requestCount());
            Map<String, Long> byPath = f.requestsByPath();
            byPath.forEach((path, times) -> assertEquals(1L, times, path + " asked " + times + " times"));
            assertEquals(n, f.count("SELECT count(*) FROM collection_items"));
            assertEquals(w, f.count("SELECT count(*) FROM wants"));
            assertEquals(r, f.count("SELECT count(*) FROM releases WHERE details_fetched_at IS NOT NULL"));
            f.database.jdbi().useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
            System.out.printf("database: %d bytes per release (raw JSON gzip %d bytes of %d)%n",
                    dir.resolve("spindle.db").toFile().length() / r,
                    f.count("SELECT sum(length(gzip)) FROM release_json") / r,
                    f.count("SELECT sum(json_bytes) FROM release_json") / r);
        }
    }

    @Test
    void a_sync_when_nothing_changed_asks_three_questions_at_ten_thousand_items() {
        try (FakeDiscogs fake = SyncFixture.fake(10_000, 300).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            // The listing is what grows with the collection; fetching 10,000 release documents first would
            // only make this test slow, so the first run stops where details begin and they are marked fresh.
            f.runner.progress().onChange(s -> {
                if (s.phase() == SyncStatus.Phase.DETAILS) {
                    f.runner.requestStop();
                }
            });
            f.runner.run("test");
            f.runner.progress().onChange(null);
            f.database.jdbi().useHandle(h -> h.execute(
                    "UPDATE releases SET details_fetched_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"));
            assertEquals(fake.account().instanceCount(), f.count("SELECT count(*) FROM collection_items"));
            fake.resetRequestLog();
            long start = System.nanoTime();
            SyncResult second = f.runner.run("test");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(second.succeeded(), second.error());
            System.out.printf("no-change sync at %d items: %d requests in %d ms%n",
                    fake.account().instanceCount(), fake.requestCount(), millis);
            assertTrue(fake.requestCount() <= 3, "requests: " + fake.requests());
        }
    }

    private static long ceil(long items) {
        return (items + 99) / 100;
    }
}
