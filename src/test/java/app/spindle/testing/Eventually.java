package app.spindle.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for a condition by polling it, up to a deadline: no fixed sleeps in tests. */
public final class Eventually {
    private static final Duration POLL = Duration.ofMillis(20);

    private Eventually() {
    }

    /** The last value probed: the caller asserts on it, so a timeout fails with what was seen. */
    public static <T> T waitFor(Supplier<T> probe, Predicate<T> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        T value = probe.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            pause();
            value = probe.get();
        }
        return value;
    }

    /** Waits until the condition holds; fails with {@code what} (asked at the deadline) if it never does. */
    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (!Instant.now().isBefore(deadline)) {
                throw new AssertionError("still waiting after " + timeout.toSeconds() + " s: " + what.get());
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
