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
    private Thread thread;
    /** False once the loop has died: the thread may still be alive for a moment, but nothing listens. */
    private boolean looping;
    private volatile boolean closed;

    /** @param connected whether an account is connected; runs are skipped while it says no */
    public SyncWorker(SyncRunner runner, Duration interval, BooleanSupplier connected) {
        this.runner = runner;
        this.interval = interval;
        this.connected = connected;
    }

    public synchronized void start() {
        thread = startThread("start");
    }

    /**
     * Starts a run now (the "Sync now" button); does nothing when one is already running. A thread that
     * died is started again.
     */
    public synchronized void syncNow() {
        if (closed) {
            return;
        }
        if (thread != null && (!looping || !thread.isAlive())) {
            log.info("Starting the sync thread again");
            thread = startThread("now");
        } else if (!runner.progress().current().running()) {
            wakeUps.offer("now");
        }
    }

    private Thread startThread(String firstTrigger) {
        looping = true;
        Thread t = new Thread(() -> runUntilClosed(firstTrigger), "sync");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Whatever ends the loop other than closing is shown as a failed sync, never left silent. */
    private void runUntilClosed(String firstTrigger) {
        try {
            loop(firstTrigger);
        } catch (Throwable death) {
            String reason = FailureWords.describe(death);
            log.error("The sync thread stopped: {}", reason, death);
            synchronized (this) {
                looping = false;
                runner.progress().runFinished(SyncStatus.State.FAILED, runner.progress().current().lastSuccessAt(),
                        "the sync stopped unexpectedly (" + reason + "); press Sync now to start it again");
            }
        }
    }

    public SyncStatus status() {
        return runner.progress().current();
    }

    public SyncRunner runner() {
        return runner;
    }

    private void loop(String firstTrigger) {
        String trigger = firstTrigger;
        while (!closed) {
            // asks made before this run are answered by it; one made just after it ends must not be lost
            wakeUps.clear();
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
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t == null) {
            return;
        }
        t.interrupt();
        try {
            t.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
