package app.spindle.sync;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one background thread that syncs: a first run at start when an account is connected, then one
 * every {@code interval} (zero: only when asked), and one whenever {@link #syncNow()} is called.
 * Asking while a run is going does not queue a second one.
 */
public final class SyncWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);
    private static final String STOP = "stop";

    private final SyncRunner runner;
    private final Duration interval;
    private final BooleanSupplier connected;
    private final LinkedBlockingQueue<String> wakeUps = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    /** @param connected whether an account is connected; runs are skipped while it says no */
    public SyncWorker(SyncRunner runner, Duration interval, BooleanSupplier connected) {
        this.runner = runner;
        this.interval = interval;
        this.connected = connected;
        this.thread = new Thread(this::loop, "sync");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Starts a run now (the "Sync now" button); does nothing when one is already running. */
    public void syncNow() {
        if (!runner.progress().current().running()) {
            wakeUps.offer("now");
        }
    }

    public SyncStatus status() {
        return runner.progress().current();
    }

    public SyncRunner runner() {
        return runner;
    }

    private void loop() {
        String trigger = "start";
        while (!closed) {
            if (connected.getAsBoolean()) {
                try {
                    runner.run(trigger);
                } catch (RuntimeException e) {
                    // SyncRunner reports its own failures; this guards the thread against anything else.
                    log.error("Sync run crashed", e);
                }
            } else {
                log.debug("No Discogs account connected: sync skipped");
            }
            wakeUps.clear();
            try {
                String next = interval.isZero() ? wakeUps.take() : wakeUps.poll(interval.toMillis(), TimeUnit.MILLISECONDS);
                trigger = next == null ? "schedule" : next;
            } catch (InterruptedException e) {
                return;
            }
            if (STOP.equals(trigger)) {
                return;
            }
        }
    }

    /** Stops the thread: a running run stops at its next page or release, keeping what it wrote. */
    @Override
    public void close() {
        closed = true;
        runner.requestStop();
        wakeUps.offer(STOP);
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
