package app.spindle.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** After a few failed logins from one address, refuse further tries for a while. */
public final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the address must wait before trying again; zero when it may try now. */
    synchronized Duration waitFor(String address) {
        Deque<Instant> recent = prune(address);
        if (recent.size() < MAX_FAILURES) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW));
    }

    synchronized void failed(String address) {
        prune(address).addLast(clock.instant());
    }

    synchronized void succeeded(String address) {
        failures.remove(address);
    }

    private Deque<Instant> prune(String address) {
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.pollFirst();
        }
        return recent;
    }
}
