package app.spindle.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Logged-in browsers, in memory: a restart asks everyone to log in again, which is fine for one user. */
public final class Sessions {
    static final Duration IDLE_LIMIT = Duration.ofDays(30);

    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    String open() {
        String id = Tokens.random();
        lastSeen.put(id, clock.instant());
        return id;
    }

    boolean isValid(String id) {
        if (id == null) {
            return false;
        }
        Instant seen = lastSeen.get(id);
        Instant now = clock.instant();
        if (seen == null || seen.plus(IDLE_LIMIT).isBefore(now)) {
            lastSeen.remove(id);
            return false;
        }
        lastSeen.put(id, now);
        return true;
    }

    void close(String id) {
        if (id != null) {
            lastSeen.remove(id);
        }
    }
}
