package app.spindle.sync;

import app.spindle.mirror.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The live state of the sync, safe to read from any thread: the running phase, how far it got, the
 * requests this run used, an ETA from the phase's rate so far, and how the last run ended.
 */
public final class SyncProgress {
    private final Clock clock;
    private final LongSupplier requestsSent;
    private volatile Consumer<SyncStatus> listener = status -> { };
    private volatile SyncStatus status;
    private long requestsAtStart;
    private Instant phaseStartedAt;

    /** @param requestsSent the API client's running count of requests, to tell how many a run used */
    public SyncProgress(Clock clock, LongSupplier requestsSent, SyncStatus initial) {
        this.clock = clock;
        this.requestsSent = requestsSent;
        this.status = initial;
    }

    public SyncStatus current() {
        SyncStatus s = status;
        if (!s.running()) {
            return s;
        }
        return new SyncStatus(s.state(), s.phase(), s.done(), s.total(), requestsUsed(), s.etaSeconds(),
                s.startedAt(), s.lastSuccessAt(), s.lastError());
    }

    /** Called with every change; the foreground sync prints from it. */
    public void onChange(Consumer<SyncStatus> newListener) {
        this.listener = newListener == null ? status -> { } : newListener;
    }

    synchronized void runStarted() {
        requestsAtStart = requestsSent.getAsLong();
        phaseStartedAt = clock.instant();
        SyncStatus last = status;
        publish(new SyncStatus(SyncStatus.State.RUNNING, SyncStatus.Phase.STARTING, 0, 0, 0, null,
                Timestamps.format(phaseStartedAt), last.lastSuccessAt(), last.lastError()));
    }

    synchronized void phase(SyncStatus.Phase phase, long total) {
        phaseStartedAt = clock.instant();
        SyncStatus s = status;
        publish(new SyncStatus(s.state(), phase, 0, total, requestsUsed(), null, s.startedAt(), s.lastSuccessAt(),
                s.lastError()));
    }

    synchronized void done(long done) {
        SyncStatus s = status;
        publish(new SyncStatus(s.state(), s.phase(), done, s.total(), requestsUsed(), eta(done, s.total()),
                s.startedAt(), s.lastSuccessAt(), s.lastError()));
    }

    synchronized void total(long total) {
        SyncStatus s = status;
        publish(new SyncStatus(s.state(), s.phase(), s.done(), total, requestsUsed(), eta(s.done(), total),
                s.startedAt(), s.lastSuccessAt(), s.lastError()));
    }

    synchronized void runFinished(SyncStatus.State state, String lastSuccessAt, String error) {
        SyncStatus s = status;
        publish(new SyncStatus(state, null, s.done(), s.total(), requestsUsed(), null, s.startedAt(),
                lastSuccessAt, error));
    }

    /** Requests the current (or last) run has used. */
    long requestsUsed() {
        return requestsSent.getAsLong() - requestsAtStart;
    }

    private Long eta(long done, long total) {
        if (done <= 0 || total <= done) {
            return total <= done ? 0L : null;
        }
        Duration elapsed = Duration.between(phaseStartedAt, clock.instant());
        double perItemMillis = (double) elapsed.toMillis() / done;
        return Math.round(perItemMillis * (total - done) / 1000.0);
    }

    private void publish(SyncStatus next) {
        status = next;
        listener.accept(next);
    }
}
