package app.spindle.match;

import app.spindle.mirror.DatabaseHealth;
import app.spindle.discogs.DiscogsException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one background thread that matches bulk batches, track after track, and adds the wantlist
 * entries asked for in bulk. Its queue is the database (pending tracks, pending wants), so an app
 * that restarts simply carries on. When Discogs fails part way, the track stays pending and the
 * worker waits before trying again; pages never wait for it.
 */
public final class MatchWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MatchWorker.class);

    private final MatchBatches batches;
    private final VinylMatcher matcher;
    private final LongConsumer addWant;
    private final BatchTiming timing;
    private final Duration retryAfter;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean stopping;
    private boolean signalled;
    private Thread thread;
    private static final int CHUNK = 50;
    private static final Duration SNAPSHOT_AGE = Duration.ofMinutes(5);

    private BatchRow current;
    private MirrorSource snapshot;
    private Long snapshotAt;

    /**
     * @param addWant adds one release to the wantlist, on Discogs first (in the background lane)
     */
    public MatchWorker(MatchBatches batches, VinylMatcher matcher, LongConsumer addWant, BatchTiming timing,
                       Duration retryAfter) {
        this.batches = batches;
        this.matcher = matcher;
        this.addWant = addWant;
        this.timing = timing;
        this.retryAfter = retryAfter;
    }

    public synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::run, "match-worker");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** There is new work: a batch, or wants asked for. */
    public void wake() {
        lock.lock();
        try {
            signalled = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        stopping = true;
        wake();
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (!stopping) {
            try {
                boolean worked = addOneWant() || matchChunk();
                if (!worked) {
                    batches.finishCompleted();
                    sleep(Duration.ofSeconds(5));
                }
            } catch (DiscogsException e) {
                log.warn("Matching paused: Discogs failed ({}); trying again in {} s", e.getMessage(), retryAfter.toSeconds());
                sleep(retryAfter);
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                if (DatabaseHealth.damage(e).isPresent()) {
                    log.debug("Matching paused: the database file is damaged"); // said once, by DatabaseHealth
                } else {
                    log.error("Matching failed unexpectedly; trying again in {} s", retryAfter.toSeconds(), e);
                }
                sleep(retryAfter);
            }
        }
    }

    private boolean addOneWant() {
        Optional<long[]> want = batches.nextPendingWant();
        if (want.isEmpty()) {
            return false;
        }
        long releaseId = want.get()[1];
        try {
            addWant.accept(releaseId);
            batches.wantDone(releaseId, null);
        } catch (DiscogsException.NotFound | DiscogsException.Forbidden | DiscogsException.BadResponse
                | DiscogsException.Rejected e) {
            batches.wantDone(releaseId, e.getMessage());
        }
        return true;
    }

    /**
     * Matches the next chunk of pending tracks of one batch and stores the results together. A batch
     * matches against a snapshot of the mirror taken when it started, renewed every few minutes.
     */
    private boolean matchChunk() {
        List<MatchedTrack> next = batches.nextPending(CHUNK);
        if (next.isEmpty()) {
            return false;
        }
        long batchId = next.get(0).batchId();
        if (current == null || current.id() != batchId || snapshotAt == null
                || System.nanoTime() - snapshotAt > SNAPSHOT_AGE.toNanos()) {
            batches.finishCompleted(); // the batch before, if there was one, has no pending track left
            current = batches.batch(batchId).orElseThrow();
            snapshot = matcher.snapshot();
            snapshotAt = System.nanoTime();
        }
        Map<Long, MatchResult> results = new LinkedHashMap<>();
        try {
            for (MatchedTrack track : next) {
                long started = System.nanoTime();
                MatchResult result = matcher.match(track.track(), current.matcherMode(), snapshot);
                if (!result.complete()) {
                    throw result.failure(); // the track stays pending; the searches done so far are cached
                }
                results.put(track.id(), result);
                timing.tracked(batchId, System.nanoTime() - started, result.requests());
                if (result.requests() > 0) {
                    break; // a Discogs chunk is slow: store what it found before going on
                }
            }
        } finally {
            if (!results.isEmpty()) {
                batches.saveResults(results);
            }
        }
        return true;
    }

    private void sleep(Duration duration) {
        lock.lock();
        try {
            long nanos = duration.toNanos();
            while (!signalled && !stopping && nanos > 0) {
                nanos = wake.awaitNanos(nanos);
            }
            signalled = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        } finally {
            lock.unlock();
        }
    }

    /** For tests: waits until nothing is pending. */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (System.nanoTime() < deadline) {
            if (batches.nextPending().isEmpty() && batches.nextPendingWant().isEmpty()) {
                batches.finishCompleted();
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
