package app.spindle.sync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches covers on a thread of its own while the details phase runs: covers come from another host with
 * their own pace, so a first sync waits for the API alone instead of for the API and then the covers.
 * Each written release wakes it; when details end it stops at the next cover and the sync's own thread
 * fetches what is left as phase "images".
 */
final class CoversAlongside {
    private static final Logger log = LoggerFactory.getLogger(CoversAlongside.class);
    private static final long IDLE_WAIT_MILLIS = 1_000;

    private final CoverImages covers;
    private final Object written = new Object();
    private final Thread thread;
    private volatile boolean detailsRunning = true;
    private boolean releaseWrittenSinceLastLook;

    private CoversAlongside(CoverImages covers) {
        this.covers = covers;
        this.thread = new Thread(this::fetchWhileDetailsRun, "sync-covers");
        thread.setDaemon(true);
    }

    static CoversAlongside start(CoverImages covers) {
        covers.startRun();
        CoversAlongside alongside = new CoversAlongside(covers);
        alongside.thread.start();
        return alongside;
    }

    /** A release (and so perhaps its cover) was written. */
    void releaseWritten() {
        synchronized (written) {
            releaseWrittenSinceLastLook = true;
            written.notifyAll();
        }
    }

    /** Details ended (or failed): the thread stops at the next cover; returns once it has. */
    void stop() {
        detailsRunning = false;
        releaseWritten();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
        }
    }

    private void fetchWhileDetailsRun() {
        try {
            while (detailsRunning) {
                if (covers.fetchAvailable(() -> detailsRunning) == 0) {
                    awaitNextRelease();
                }
            }
        } catch (SyncStopped stopped) {
            // the sync's own thread notices the same stop request and ends the run
        } catch (RuntimeException e) {
            // a cover never fails a run; what is left is fetched after details, or by a later run
            log.warn("Covers alongside details stopped: {}", FailureWords.of(e));
        }
    }

    private void awaitNextRelease() {
        synchronized (written) {
            try {
                if (!releaseWrittenSinceLastLook && detailsRunning) {
                    written.wait(IDLE_WAIT_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncStopped();
            }
            releaseWrittenSinceLastLook = false;
        }
    }
}
