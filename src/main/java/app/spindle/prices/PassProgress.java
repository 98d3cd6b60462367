package app.spindle.prices;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the price pass stands, for Settings and the wantlist: how many of the due wants are done, the
 * requests it may send per window, and an honest ETA from that allowance (the sync and people go first,
 * so it can only be later, never earlier).
 */
public record PassProgress(State state, int done, int total, int allowancePerWindow, Duration window,
                           Instant startedAt, Instant nextDueAt, String lastError) {

    public enum State { IDLE, RUNNING, OFF }

    public static PassProgress idle(Instant nextDueAt, int allowance, Duration window, String lastError) {
        return new PassProgress(State.IDLE, 0, 0, allowance, window, null, nextDueAt, lastError);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Seconds until the due wants are done at the lane's allowance; null when not running or no allowance. */
    public Long etaSeconds() {
        if (!running() || allowancePerWindow < 1) {
            return null;
        }
        return (long) Math.ceil((double) (total - done) * window.toSeconds() / allowancePerWindow);
    }
}
