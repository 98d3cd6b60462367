package app.spindle.prices;

import app.spindle.mirror.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The wants whose price is due: never seen, seen before the cut-off, or seen in another currency. Derived
 * from the database each time, so a pass killed at any moment resumes with exactly what is left. Wants
 * with a target come first (a deal is what the user waits for), then the longest unseen.
 */
final class DueWants {
    private final Jdbi jdbi;

    DueWants(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<Long> seenBefore(Instant cutoff, String currency) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT w.release_id FROM wants w
                        LEFT JOIN latest_prices p ON p.release_id = w.release_id
                        LEFT JOIN price_targets t ON t.release_id = w.release_id
                        WHERE p.release_id IS NULL OR p.observed_at <= :cutoff OR p.currency <> :currency
                        ORDER BY t.release_id IS NULL, p.observed_at IS NOT NULL, p.observed_at, w.release_id
                        """).bind("cutoff", Timestamps.format(cutoff)).bind("currency", currency)
                .mapTo(Long.class).list());
    }

    /** When the first want seen in {@code currency} becomes due again, having been seen at the oldest time. */
    Optional<Instant> oldestSeen(String currency) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT min(p.observed_at) FROM wants w JOIN latest_prices p ON p.release_id = w.release_id
                        WHERE p.currency = :currency
                        """).bind("currency", currency).mapTo(String.class).findOne().map(Timestamps::parse));
    }
}
