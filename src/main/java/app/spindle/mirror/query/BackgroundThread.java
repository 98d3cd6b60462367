package app.spindle.mirror.query;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** One daemon thread that reads the mirror beside the pages; closing it waits for a read already running. */
final class BackgroundThread implements AutoCloseable {
    private final ScheduledExecutorService executor;

    BackgroundThread(String name, int priority) {
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.setPriority(priority);
            return thread;
        });
    }

    /** @throws java.util.concurrent.RejectedExecutionException once closed */
    void execute(Runnable task) {
        executor.execute(task);
    }

    /**
     * Runs the task once {@code delay} has passed; closing before then drops it.
     *
     * @throws java.util.concurrent.RejectedExecutionException once closed
     */
    void executeAfter(Runnable task, Duration delay) {
        executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        // a query already running is not interrupted by SQLite: wait for it, so nothing reads the mirror after close
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
