package app.spindle.discogs;

import java.util.concurrent.locks.Condition;

/** Time that only moves when someone waits: every wait jumps straight to its deadline. */
final class ManualTime implements TimeSource {
    private long now;

    ManualTime(long start) {
        this.now = start;
    }

    @Override
    public long nowMillis() {
        return now;
    }

    @Override
    public void awaitUntil(Condition condition, long deadlineMillis) {
        if (deadlineMillis == Long.MAX_VALUE) {
            throw new IllegalStateException("would wait forever: manual time has only one thread");
        }
        now = Math.max(now, deadlineMillis);
    }

    @Override
    public void sleep(long millis) {
        now += Math.max(0, millis);
    }

    void advance(long millis) {
        now += millis;
    }
}
