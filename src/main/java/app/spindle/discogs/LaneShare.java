package app.spindle.discogs;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A lane's budget inside the one moving window (times are milliseconds, no threads): at most a fraction
 * of the currently allowed requests in any window, spread evenly, so that a long background job such as
 * the price pass never takes more than the share the user granted it, whatever else is waiting.
 */
final class LaneShare {
    private final long windowMillis;
    private final long marginMillis;
    private final Deque<Long> sends = new ArrayDeque<>();
    private double fraction;

    LaneShare(Duration window, double fraction) {
        this.windowMillis = window.toMillis();
        this.marginMillis = Math.max(1, windowMillis / 20);
        setFraction(fraction);
    }

    void setFraction(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("a share is between 0 and 1: " + fraction);
        }
        this.fraction = fraction;
    }

    double fraction() {
        return fraction;
    }

    /** Requests the lane may send in one window when {@code limit} are allowed in all; 0 means none. */
    int allowed(int limit) {
        return (int) Math.floor(fraction * limit + 1e-9);
    }

    /** The earliest time the lane's next request may go, or {@link Long#MAX_VALUE} when it has no share. */
    long nextFreeSlot(long now, int limit) {
        int allowed = allowed(limit);
        if (allowed < 1) {
            return Long.MAX_VALUE;
        }
        forgetOlderThan(now);
        long slot = now;
        if (!sends.isEmpty()) {
            slot = Math.max(slot, sends.peekLast() + (windowMillis + marginMillis) / allowed);
        }
        if (sends.size() >= allowed) {
            slot = Math.max(slot, nthNewest(allowed) + windowMillis + marginMillis);
        }
        return slot;
    }

    void recordSend(long at) {
        sends.addLast(at);
        forgetOlderThan(at);
    }

    private long nthNewest(int n) {
        return RateWindow.nthNewest(sends, n);
    }

    private void forgetOlderThan(long now) {
        RateWindow.forgetUpTo(sends, now - windowMillis - marginMillis);
    }
}
