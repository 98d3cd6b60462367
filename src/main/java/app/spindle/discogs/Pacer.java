package app.spindle.discogs;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;

/**
 * Even spacing of requests by a Resilience4j {@link RateLimiter} of one permit per spacing period.
 * It is the second, independent gate behind {@link RateWindow}'s own log of send times: a fixed
 * period alone could not guarantee a moving window, the log alone would not be a shared standard part.
 *
 * <p>It uses {@link AtomicRateLimiter} from Resilience4j's {@code internal} package on purpose: the
 * public {@link RateLimiter} interface cannot say how long until the next permit without taking it
 * ({@code reservePermission} consumes one), and the governor must wait for a permit without claiming it,
 * because a person's request may overtake the background one while it waits. {@code AtomicRateLimiter}
 * is the class {@code RateLimiter.of} itself returns, and its {@code getDetailedMetrics()} is public.
 */
interface Pacer {
    /** Takes a permit if one is free now, without waiting. */
    boolean tryAcquire();

    /** How long until the next permit, when {@link #tryAcquire()} said no. */
    long millisToWait();

    void retune(Duration spacing);

    /** No second gate: for tests that drive time by hand. */
    Pacer NONE = new Pacer() {
        @Override
        public boolean tryAcquire() {
            return true;
        }

        @Override
        public long millisToWait() {
            return 0;
        }

        @Override
        public void retune(Duration spacing) {
        }
    };

    static Pacer resilience4j(Duration spacing) {
        return new Pacer() {
            private Duration current;
            private AtomicRateLimiter limiter;

            {
                retune(spacing);
            }

            @Override
            public boolean tryAcquire() {
                return limiter.acquirePermission();
            }

            @Override
            public long millisToWait() {
                long nanos = limiter.getDetailedMetrics().getNanosToWait();
                return Math.max(1, Duration.ofNanos(nanos).toMillis());
            }

            @Override
            public void retune(Duration newSpacing) {
                Duration wanted = newSpacing.isZero() ? Duration.ofMillis(1) : newSpacing;
                if (!wanted.equals(current)) {
                    current = wanted;
                    limiter = new AtomicRateLimiter("discogs", RateLimiterConfig.custom()
                            .limitForPeriod(1)
                            .limitRefreshPeriod(wanted)
                            .timeoutDuration(Duration.ZERO)
                            .build());
                }
            }
        };
    }
}
