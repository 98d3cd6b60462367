package app.spindle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncWorkerTest {
    @TempDir
    Path dir;

    @Test
    void the_worker_syncs_at_start_and_again_when_asked() {
        try (FakeDiscogs fake = SyncFixture.fake(30, 5).includeRealReleases(false).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            try (SyncWorker worker = new SyncWorker(f.runner, Duration.ZERO, () -> true)) {
                worker.start();
                waitUntil(() -> f.count("SELECT count(*) FROM sync_runs WHERE outcome = 'succeeded'") == 1
                        && !worker.status().running());
                assertEquals(30, f.count("SELECT count(*) FROM collection_items"));
                assertEquals("idle", worker.status().state().word());
                assertTrue(worker.status().lastSuccessAt() != null);
                worker.syncNow();
                waitUntil(() -> f.count("SELECT count(*) FROM sync_runs WHERE outcome = 'succeeded'") == 2);
                assertEquals(1, f.count("SELECT count(*) FROM sync_runs WHERE trigger = 'now'"));
            }
        }
    }

    @Test
    void closing_the_worker_stops_a_running_sync_and_keeps_what_it_wrote() {
        try (FakeDiscogs fake = SyncFixture.fake(200, 10).start()) {
            fake.setLatency(Duration.ofMillis(20));
            SyncFixture f = new SyncFixture(fake, dir);
            SyncWorker worker = new SyncWorker(f.runner, Duration.ofHours(6), () -> true);
            worker.start();
            waitUntil(() -> f.count("SELECT count(*) FROM releases WHERE details_fetched_at IS NOT NULL") >= 5);
            assertTrue(worker.status().running());
            Instant asked = Instant.now();
            worker.close();
            assertTrue(Duration.between(asked, Instant.now()).toSeconds() < 10, "stopped promptly");
            assertEquals(1, f.count("SELECT count(*) FROM sync_runs WHERE outcome = 'interrupted'"));
            assertEquals(fake.account().instanceCount(), f.count("SELECT count(*) FROM collection_items"));
        }
    }

    @Test
    void a_sync_thread_that_dies_says_why_and_sync_now_starts_it_again() {
        try (FakeDiscogs fake = SyncFixture.fake(10, 2).includeRealReleases(false).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            AtomicBoolean firstCall = new AtomicBoolean(true);
            BooleanSupplier connectedButFirstDies = () -> {
                if (firstCall.getAndSet(false)) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return true;
            };
            try (SyncWorker worker = new SyncWorker(f.runner, Duration.ZERO, connectedButFirstDies)) {
                worker.start();
                waitUntil(() -> worker.status().state() == SyncStatus.State.FAILED);
                assertEquals("the sync stopped unexpectedly (out of memory: Java heap space); press Sync now to start it again",
                        worker.status().lastError());
                worker.syncNow();
                waitUntil(() -> f.count("SELECT count(*) FROM sync_runs WHERE outcome = 'succeeded'") == 1
                        && !worker.status().running());
                assertEquals("idle", worker.status().state().word());
                assertEquals(10, f.count("SELECT count(*) FROM collection_items"));
            }
        }
    }

    @Test
    void without_an_account_the_worker_does_not_sync() throws Exception {
        try (FakeDiscogs fake = SyncFixture.fake(5, 1).includeRealReleases(false).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            try (SyncWorker worker = new SyncWorker(f.runner, Duration.ofMillis(50), () -> false)) {
                worker.start();
                Thread.sleep(300); // several schedule ticks: none may sync
                assertEquals(0, fake.requestCount());
            }
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        Eventually.until(condition, Duration.ofSeconds(60), () -> "the worker's sync");
    }
}
