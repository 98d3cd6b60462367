package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FairWriteTransactionsTest {
    @TempDir
    Path dir;

    /**
     * A sync commits one short transaction after another. Left to SQLite's busy timeout, a page's write polls for a
     * gap that is microseconds long and can wait the whole ten seconds and fail; in turn, it waits for one transaction.
     */
    @Test
    void a_write_between_back_to_back_transactions_of_another_thread_gets_its_turn_at_once() throws Exception {
        Jdbi jdbi = Database.open(dir).jdbi();
        jdbi.useHandle(h -> h.execute("CREATE TABLE busy (n INTEGER)"));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong committed = new AtomicLong();
        CompletableFuture<Void> sync = CompletableFuture.runAsync(() -> {
            try (Handle handle = jdbi.open()) {
                while (!stop.get()) {
                    handle.useTransaction(h -> {
                        h.execute("INSERT INTO busy (n) VALUES (1)");
                        sleep(20);
                    });
                    committed.incrementAndGet();
                }
            }
        });
        try {
            while (committed.get() < 20) {
                Thread.onSpinWait();
            }
            long started = System.nanoTime();
            jdbi.useTransaction(h -> h.execute("INSERT INTO busy (n) VALUES (2)"));
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(waitedMillis < 2_000, "the write waited " + waitedMillis + " ms behind the other thread's transactions");
        } finally {
            stop.set(true);
            sync.get(30, TimeUnit.SECONDS);
        }
        int written = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM busy WHERE n = 2").mapTo(Integer.class).one());
        assertEquals(1, written);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
