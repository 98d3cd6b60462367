package app.spindle.discogs;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The arithmetic of the rate governor, free of threads and clocks (times are milliseconds).
 *
 * <p>Discogs counts requests per IP in a moving window. A fixed "N per period" budget lets 2N
 * through across a period boundary, so the hard rule here is the log of our own send times: a
 * request may go when fewer than the effective limit were sent in the last window plus a safety
 * margin (the server counts arrival times, which jitter against our send times). On top of that,
 * requests are spaced evenly ((window + margin) / limit) so a crawl never bursts.
 */
final class RateWindow {
    private final long windowMillis;
    private final long marginMillis;
    private final Deque<Long> sends = new ArrayDeque<>();
    private int limit;
    private int externalShare;
    private long backoffUntil;
    private int rateLimitedInARow;
    private Integer lastUsed;
    private Integer lastRemaining;

    RateWindow(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.marginMillis = Math.max(1, windowMillis / 20);
    }

    /** The earliest time at which the next request may be sent. */
    long nextFreeSlot(long now) {
        forgetOlderThan(now);
        long slot = Math.max(now, backoffUntil);
        if (!sends.isEmpty()) {
            slot = Math.max(slot, sends.peekLast() + spacingMillis());
        }
        int allowed = effectiveLimit();
        if (sends.size() >= allowed) {
            // the request that must leave the window before another may enter it
            long mustExpire = nthNewest(allowed);
            slot = Math.max(slot, mustExpire + windowMillis + marginMillis);
        }
        return slot;
    }

    void recordSend(long at) {
        sends.addLast(at);
        forgetOlderThan(at);
    }

    /**
     * Feedback from a response's headers. The announced limit is adopted. When the server counts more
     * requests in its window than we sent in ours, another client on the same IP is spending the
     * budget and we yield that share. A low "remaining" alone means nothing: at full speed the window
     * is always nearly full.
     */
    void observe(long now, Integer announcedLimit, Integer used, Integer remaining) {
        if (announcedLimit != null && announcedLimit > 0) {
            limit = announcedLimit;
        }
        if (used != null) {
            int ours = sentInWindow(now);
            // one request of slack: the server's window and ours are cut at slightly different times
            externalShare = Math.max(0, used - ours - 1);
        }
        lastUsed = used;
        lastRemaining = remaining;
    }

    /** A 429: wait as told, else exponentially longer each time in a row, with jitter (0..1). */
    void rateLimited(long now, Duration retryAfter, double jitter) {
        rateLimitedInARow++;
        // a refused request did not count against the window (if the server counted it after all,
        // forgetting it only makes us see a larger external share, and yield more)
        sends.pollLast();
        long delay;
        if (retryAfter != null && !retryAfter.isNegative() && !retryAfter.isZero()) {
            delay = retryAfter.toMillis();
        } else {
            long base = Math.max(spacingMillis(), 1);
            long exponential = base << Math.min(rateLimitedInARow - 1, 16);
            long capped = Math.min(exponential, windowMillis + marginMillis);
            delay = capped / 2 + (long) (capped / 2.0 * jitter);
        }
        backoffUntil = Math.max(backoffUntil, now + delay);
    }

    void succeeded() {
        rateLimitedInARow = 0;
    }

    long spacingMillis() {
        return (windowMillis + marginMillis) / effectiveLimit();
    }

    /**
     * The limit minus other clients' share. While another client is active we also keep a tenth of
     * the limit free: two polite clients that each take exactly what the other leaves would sit right
     * at the limit and collide on every jitter.
     */
    int effectiveLimit() {
        if (externalShare == 0) {
            return limit;
        }
        return Math.max(1, limit - externalShare - Math.max(1, limit / 10));
    }

    /** Our requests in the server's window (the last window, without our margin). */
    int sentInWindow(long now) {
        forgetOlderThan(now);
        return (int) sends.stream().filter(at -> at > now - windowMillis).count();
    }

    int limit() {
        return limit;
    }

    Duration windowLength() {
        return Duration.ofMillis(windowMillis);
    }

    int externalShare() {
        return externalShare;
    }

    long backoffUntil() {
        return backoffUntil;
    }

    int rateLimitedInARow() {
        return rateLimitedInARow;
    }

    Integer lastUsed() {
        return lastUsed;
    }

    Integer lastRemaining() {
        return lastRemaining;
    }

    private long nthNewest(int n) {
        return nthNewest(sends, n);
    }

    /** The n-th newest of a log of send times (1: the newest). */
    static long nthNewest(Deque<Long> sends, int n) {
        Iterator<Long> newestFirst = sends.descendingIterator();
        long at = 0;
        for (int i = 0; i < n && newestFirst.hasNext(); i++) {
            at = newestFirst.next();
        }
        return at;
    }

    private void forgetOlderThan(long now) {
        forgetUpTo(sends, now - windowMillis - marginMillis);
    }

    /** Drops the send times at or before the horizon: they no longer count in any window. */
    static void forgetUpTo(Deque<Long> sends, long horizon) {
        while (!sends.isEmpty() && sends.peekFirst() <= horizon) {
            sends.removeFirst();
        }
    }
}
