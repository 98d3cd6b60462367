package app.spindle.discogs;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/** The clock and the waiting of the rate governor and the retries; tests drive it by hand. */
interface TimeSource {
    long nowMillis();

    /** Waits on {@code condition} (whose lock is held) until signalled or until {@code deadlineMillis}. */
    void awaitUntil(Condition condition, long deadlineMillis) throws InterruptedException;

    void sleep(long millis) throws InterruptedException;

    static TimeSource system() {
        return new TimeSource() {
            @Override
            public long nowMillis() {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
            }

            @Override
            public void awaitUntil(Condition condition, long deadlineMillis) throws InterruptedException {
                if (deadlineMillis == Long.MAX_VALUE) {
                    condition.await();
                } else {
                    long waitMillis = deadlineMillis - nowMillis();
                    if (waitMillis > 0) {
                        condition.await(waitMillis, TimeUnit.MILLISECONDS);
                    }
                }
            }

            @Override
            public void sleep(long millis) throws InterruptedException {
                if (millis > 0) {
                    Thread.sleep(millis);
                }
            }
        };
    }
}
