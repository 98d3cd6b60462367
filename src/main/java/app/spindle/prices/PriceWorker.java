package app.spindle.prices;

import app.spindle.mirror.DatabaseHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background thread of the price pass: runs it at start, then again when the next want falls due
 * (each want at most once per interval; new wants are noticed within two minutes), after a failure a
 * quarter of an hour later, and at once when nudged (a new target, another currency, a new budget).
 */
public final class PriceWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PriceWorker.class);
    private static final Duration AFTER_FAILURE = Duration.ofMinutes(15);
    private static final Duration AT_LEAST = Duration.ofMinutes(1);
    /** A look that finds nothing due costs no request, only a query. */
    private static final Duration LOOK_AGAIN = Duration.ofMinutes(2);
    /** Each want's price is asked for at most once in this time: a full pass at most daily. */
    public static final Duration INTERVAL = Duration.ofDays(1);

    private final PricePass pass;
    private final BooleanSupplier connected;
    private final Clock clock;
    private final LinkedBlockingQueue<String> wakeUps = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    public PriceWorker(PricePass pass, BooleanSupplier connected, Clock clock) {
        this.pass = pass;
        this.connected = connected;
        this.clock = clock;
        this.thread = new Thread(this::loop, "prices");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    public void nudge() {
        wakeUps.offer("now");
    }

    public PassProgress progress() {
        return pass.progress();
    }

    private void loop() {
        while (!closed) {
            if (connected.getAsBoolean()) {
                try {
                    pass.run();
                } catch (RuntimeException e) {
                    if (DatabaseHealth.damage(e).isPresent()) {
                        log.debug("Price pass paused: the database file is damaged"); // said once, by DatabaseHealth
                    } else {
                        log.error("Price pass crashed", e);
                    }
                }
            }
            wakeUps.clear();
            try {
                wakeUps.poll(sleep().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Until the next want falls due, but looking again every few minutes: new wants arrive with every sync. */
    private Duration sleep() {
        if (pass.progress().lastError() != null) {
            return AFTER_FAILURE;
        }
        Instant next = pass.nextDueAt();
        Duration until = next == null ? LOOK_AGAIN : Duration.between(clock.instant(), next);
        if (until.compareTo(LOOK_AGAIN) > 0) {
            return LOOK_AGAIN;
        }
        return until.compareTo(AT_LEAST) < 0 ? AT_LEAST : until;
    }

    @Override
    public void close() {
        closed = true;
        pass.stop();
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
