package app.spindle.discogs.fake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Discogs' limit: at most N accepted requests in ANY window of the given length (a moving window, not
 * fixed buckets that would let 2N through across a boundary). Authenticated and unauthenticated requests
 * are counted separately; the unauthenticated limit is 25/60 of the authenticated one, as on Discogs.
 */
final class MovingWindowLimiter {
    private final Deque<Long> authenticated = new ArrayDeque<>();
    private final Deque<Long> anonymous = new ArrayDeque<>();
    private int limit;
    private long windowNanos;

    MovingWindowLimiter(int limit, Duration window) {
        reconfigure(limit, window);
    }

    synchronized void reconfigure(int limit, Duration window) {
        if (limit < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs at least 1 request in a positive window");
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
    }

    /** Counts the request if the window has room; a refused request is not counted. */
    synchronized Decision tryAcquire(boolean isAuthenticated, long nowNanos) {
        Deque<Long> accepted = isAuthenticated ? authenticated : anonymous;
        int max = isAuthenticated ? limit : anonymousLimit();
        while (!accepted.isEmpty() && nowNanos - accepted.peekFirst() >= windowNanos) {
            accepted.pollFirst();
        }
        if (accepted.size() >= max) {
            return new Decision(false, max, accepted.size(), 0);
        }
        accepted.addLast(nowNanos);
        return new Decision(true, max, accepted.size(), max - accepted.size());
    }

    synchronized int limit() {
        return limit;
    }

    private int anonymousLimit() {
        return Math.max(1, Math.round(limit * 25f / 60f));
    }

    record Decision(boolean allowed, int limit, int used, int remaining) {}
}
