package app.spindle.prices;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsException;
import app.spindle.discogs.Priority;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.model.DiscogsMarketplaceStats;
import app.spindle.mirror.Timestamps;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the due wants: one {@code /marketplace/stats} request each, in the governor's price lane
 * (after people and the sync, within the share the user granted), each answer stored at once; plus the
 * collection's value when it was last asked for over an interval ago. Killed at any point, the next
 * pass asks only for what is still due.
 */
public final class PricePass {
    private static final Logger log = LoggerFactory.getLogger(PricePass.class);

    private final DiscogsClient discogs;
    private final RateGovernor governor;
    private final Jdbi jdbi;
    private final PricePreferences preferences;
    private final PriceHistory history;
    private final CollectionValues values;
    private final DueWants due;
    private final Clock clock;
    private final Duration interval;
    private final AtomicReference<PassProgress> progress;
    private volatile boolean stopped;

    /** @param interval how long an observation counts as recent: a want is asked for at most once in it */
    public PricePass(DiscogsClient discogs, RateGovernor governor, Jdbi jdbi, Clock clock, Duration interval) {
        this.discogs = discogs.withPriority(Priority.PRICES);
        this.governor = governor;
        this.jdbi = jdbi;
        this.preferences = new PricePreferences(jdbi);
        this.history = new PriceHistory(jdbi);
        this.values = new CollectionValues(jdbi);
        this.due = new DueWants(jdbi);
        this.clock = clock;
        this.interval = interval;
        this.progress = new AtomicReference<>(PassProgress.idle(null, governor.priceAllowance(), governor.window(), null));
    }

    public PassProgress progress() {
        return progress.get();
    }

    /** Runs until nothing is due (or {@link #stop()}); returns the number of requests it sent. */
    public int run() {
        governor.setPriceShare(preferences.sharePercent() / 100.0);
        String currency = preferences.currency();
        Instant started = clock.instant();
        List<Long> wants = due.seenBefore(started.minus(interval), currency);
        boolean valueDue = values.latest().map(v -> !v.observedAt().isAfter(started.minus(interval))).orElse(true);
        int total = wants.size() + (valueDue ? 1 : 0);
        if (total == 0 || governor.priceAllowance() == 0) {
            finish(currency, null);
            return 0;
        }
        long passId = begin(started, total);
        int done = 0;
        String error = null;
        try {
            if (valueDue) {
                values.record(clock.instant(), discogs.collectionValue());
                done = advance(passId, started, done, total);
            }
            for (long releaseId : wants) {
                if (stopped) {
                    break;
                }
                try {
                    history.record(observation(releaseId, discogs.marketplaceStats(releaseId, currency), currency));
                } catch (DiscogsException.NotFound gone) {
                    log.info("Release {} is gone from Discogs: no price", releaseId);
                }
                done = advance(passId, started, done, total);
            }
        } catch (DiscogsException e) {
            error = e.getMessage();
            log.warn("Price pass stopped: {}", error);
        }
        end(passId, error);
        finish(currency, error);
        return done;
    }

    public void stop() {
        stopped = true;
    }

    private PriceObservation observation(long releaseId, DiscogsMarketplaceStats stats, String asked) {
        BigDecimal price = stats.lowestPrice() == null ? null : stats.lowestPrice().value();
        String currency = stats.lowestPrice() == null || stats.lowestPrice().currency() == null
                ? asked : stats.lowestPrice().currency();
        int forSale = stats.numForSale() == null ? 0 : stats.numForSale();
        return new PriceObservation(releaseId, clock.instant(), price == null ? null : price.doubleValue(), forSale, currency);
    }

    private int advance(long passId, Instant started, int done, int total) {
        int now = done + 1;
        jdbi.useHandle(h -> h.createUpdate("UPDATE price_passes SET done = :done WHERE id = :id")
                .bind("done", now).bind("id", passId).execute());
        progress.set(new PassProgress(PassProgress.State.RUNNING, now, total, governor.priceAllowance(),
                governor.window(), started, null, null));
        return now;
    }

    private long begin(Instant started, int total) {
        progress.set(new PassProgress(PassProgress.State.RUNNING, 0, total, governor.priceAllowance(),
                governor.window(), started, null, null));
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE price_passes SET finished_at = :at, last_error = 'interrupted' WHERE finished_at IS NULL")
                    .bind("at", Timestamps.format(started)).execute();
            return h.createUpdate("INSERT INTO price_passes (started_at, total) VALUES (:at, :total)")
                    .bind("at", Timestamps.format(started)).bind("total", total)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    private void end(long passId, String error) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE price_passes SET finished_at = :at, last_error = :error WHERE id = :id")
                .bind("at", Timestamps.format(clock.instant())).bind("error", error).bind("id", passId).execute());
    }

    private void finish(String currency, String error) {
        Instant nextDue = due.oldestSeen(currency).map(seen -> seen.plus(interval)).orElse(null);
        progress.set(PassProgress.idle(nextDue, governor.priceAllowance(), governor.window(), error));
    }

    /** When the next want falls due, for the worker's sleep; null when nothing has been seen yet. */
    Instant nextDueAt() {
        return progress.get().nextDueAt();
    }
}
