package app.spindle.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Limits password guesses: 5 per address and 100 from all addresses together in any 15 minutes. A try is
 * reserved before the password is compared, so concurrent requests cannot each slip past the count; a
 * right password gives its address' tries back.
 */
public final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_ALL_ADDRESSES = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** A reserved try: counts as a failure until {@link #succeeded} gives it back. */
    record Attempt(String address, Instant at) {
    }

    /** Either a try that may compare the password now, or how long to wait before trying again. */
    record Reservation(Attempt attempt, Duration retryAfter) {
        boolean granted() {
            return attempt != null;
        }
    }

    // at most MAX_FAILURES_ALL_ADDRESSES entries: the memory a flood of addresses can take is bounded too
    private final Deque<Attempt> recent = new ArrayDeque<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    synchronized Reservation reserve(String address) {
        Instant now = clock.instant();
        while (!recent.isEmpty() && !recent.peekFirst().at().plus(WINDOW).isAfter(now)) {
            recent.pollFirst();
        }
        if (recent.size() >= MAX_FAILURES_ALL_ADDRESSES) {
            return refused(recent.peekFirst(), now);
        }
        Attempt oldestOfAddress = null;
        int ofAddress = 0;
        for (Attempt a : recent) {
            if (a.address().equals(address)) {
                oldestOfAddress = oldestOfAddress == null ? a : oldestOfAddress;
                ofAddress++;
            }
        }
        if (ofAddress >= MAX_FAILURES) {
            return refused(oldestOfAddress, now);
        }
        Attempt attempt = new Attempt(address, now);
        recent.addLast(attempt);
        return new Reservation(attempt, Duration.ZERO);
    }

    /** The password was right: the address' failed tries no longer count. */
    synchronized void succeeded(Reservation reservation) {
        recent.removeIf(a -> a.address().equals(reservation.attempt().address()));
    }

    private static Reservation refused(Attempt oldest, Instant now) {
        return new Reservation(null, Duration.between(now, oldest.at().plus(WINDOW)));
    }
}
