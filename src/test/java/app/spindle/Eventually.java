package app.spindle;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waits for a condition by polling it every 100 ms, up to a deadline: no fixed sleeps in tests. */
public final class Eventually {
    private Eventually() {
    }

    public static <T> T waitFor(Supplier<T> probe, java.util.function.Predicate<T> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        T value = probe.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = probe.get();
        }
        return value;
    }
}
