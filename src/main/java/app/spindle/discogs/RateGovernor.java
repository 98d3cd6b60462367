package app.spindle.discogs;

import java.time.Duration;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.DoubleSupplier;

/**
 * One per process, shared by the sync and by user actions: hands out request slots so that Discogs'
 * moving-window limit is never exceeded, requests are spread evenly, the server's rate-limit headers
 * are heeded, 429s are backed off from, and a person's request goes ahead of waiting background work.
 */
public final class RateGovernor {
    public static final int DEFAULT_LIMIT = 60;
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);
    /** The price pass may use a fifth of the window unless the user grants another share. */
    public static final double DEFAULT_PRICE_SHARE = 0.2;

    private final RateWindow window;
    private final LaneShare prices;
    private final TimeSource time;
    private final Pacer pacer;
    private final DoubleSupplier jitter;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<Ticket> line = new PriorityQueue<>(
            Comparator.comparing(Ticket::priority).thenComparingLong(Ticket::order));
    private long issued;

    /** Discogs' defaults: 60 requests in any 60 seconds until the server announces otherwise. */
    public RateGovernor() {
        this(DEFAULT_LIMIT, DEFAULT_WINDOW);
    }

    public RateGovernor(int limit, Duration window) {
        this(new RateWindow(limit, window), TimeSource.system(), null, new Random()::nextDouble);
    }

    RateGovernor(RateWindow window, TimeSource time, Pacer pacer, DoubleSupplier jitter) {
        this.window = window;
        this.prices = new LaneShare(window.windowLength(), DEFAULT_PRICE_SHARE);
        this.time = time;
        this.pacer = pacer != null ? pacer : Pacer.resilience4j(Duration.ofMillis(window.spacingMillis()));
        this.jitter = jitter;
    }

    /** Blocks until this request may be sent, and counts it as sent. */
    public void acquire(Priority priority) throws InterruptedException {
        lock.lock();
        Ticket ticket = new Ticket(priority, issued++);
        line.add(ticket);
        changed.signalAll();
        try {
            while (true) {
                if (line.peek() != ticket) {
                    time.awaitUntil(changed, Long.MAX_VALUE);
                    continue;
                }
                long now = time.nowMillis();
                long slot = window.nextFreeSlot(now);
                if (priority == Priority.PRICES) {
                    slot = Math.max(slot, prices.nextFreeSlot(now, window.effectiveLimit()));
                }
                if (slot > now) {
                    time.awaitUntil(changed, slot);
                } else if (!pacer.tryAcquire()) {
                    time.awaitUntil(changed, now + pacer.millisToWait());
                } else {
                    window.recordSend(now);
                    if (priority == Priority.PRICES) {
                        prices.recordSend(now);
                    }
                    return;
                }
            }
        } finally {
            line.remove(ticket);
            changed.signalAll();
            lock.unlock();
        }
    }

    /** Feeds back a response's status and rate-limit headers (any of which may be missing). */
    public void onResponse(int status, Integer limit, Integer used, Integer remaining, Duration retryAfter) {
        lock.lock();
        try {
            long now = time.nowMillis();
            window.observe(now, limit, used, remaining);
            if (status == 429) {
                window.rateLimited(now, retryAfter, jitter.getAsDouble());
            } else {
                window.succeeded();
            }
            pacer.retune(Duration.ofMillis(window.spacingMillis()));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The fraction (0 to 1) of the allowed requests per window that the price lane may use. */
    public void setPriceShare(double fraction) {
        lock.lock();
        try {
            prices.setFraction(fraction);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Requests the price lane may send per window now (its share of {@link #effectiveLimit()}). */
    public int priceAllowance() {
        return locked(() -> prices.allowed(window.effectiveLimit()));
    }

    public Duration window() {
        return window.windowLength();
    }

    public int limit() {
        return locked(window::limit);
    }

    public Integer lastUsed() {
        return locked(window::lastUsed);
    }

    public Integer lastRemaining() {
        return locked(window::lastRemaining);
    }

    /** Requests currently allowed per window once other clients' share is taken out. */
    public int effectiveLimit() {
        return locked(window::effectiveLimit);
    }

    public Duration spacing() {
        return Duration.ofMillis(locked(window::spacingMillis));
    }

    /** How many requests are waiting for a slot. */
    public int waiting() {
        return locked(line::size);
    }

    private <T> T locked(java.util.function.Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    private record Ticket(Priority priority, long order) {
    }
}
