package app.spindle.prices;

import app.spindle.mirror.Timestamps;
import app.spindle.mirror.query.ReadSide;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Every marketplace observation, and the newest per release beside it. An observation and the update of
 * the newest are one transaction, so a pass killed at any moment leaves both in agreement.
 */
public final class PriceHistory {
    private static final long WEEK_SECONDS = 7 * 24 * 3600;
    private final Jdbi jdbi;
    private final ReadSide reads;

    /** Reads and writes on connections of its own (the price pass). */
    public PriceHistory(Jdbi jdbi) {
        this(jdbi, ReadSide.ownConnections(jdbi));
    }

    /** Writes on {@code jdbi}, reads on {@code reads}: a page passes the read side's kept-open connections. */
    public PriceHistory(Jdbi jdbi, ReadSide reads) {
        this.jdbi = jdbi;
        this.reads = reads;
    }

    public void record(PriceObservation seen) {
        String at = Timestamps.format(seen.observedAt());
        String weekBefore = Timestamps.format(seen.observedAt().minusSeconds(WEEK_SECONDS));
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                    INSERT OR REPLACE INTO price_observations (release_id, observed_at, lowest_price, num_for_sale, currency)
                    VALUES (:id, :at, :price, :count, :currency)
                    """).bind("id", seen.releaseId()).bind("at", at).bind("price", seen.lowestPrice())
                    .bind("count", seen.numForSale()).bind("currency", seen.currency()).execute();
            Double weekAgo = h.createQuery("""
                    SELECT lowest_price FROM price_observations
                    WHERE release_id = :id AND observed_at <= :weekBefore AND currency = :currency
                    ORDER BY observed_at DESC LIMIT 1
                    """).bind("id", seen.releaseId()).bind("weekBefore", weekBefore).bind("currency", seen.currency())
                    .mapTo(Double.class).findOne().orElse(null);
            h.createUpdate("""
                    INSERT OR REPLACE INTO latest_prices (release_id, observed_at, lowest_price, num_for_sale, currency,
                        week_ago_price)
                    VALUES (:id, :at, :price, :count, :currency, :weekAgo)
                    """).bind("id", seen.releaseId()).bind("at", at).bind("price", seen.lowestPrice())
                    .bind("count", seen.numForSale()).bind("currency", seen.currency()).bind("weekAgo", weekAgo)
                    .execute();
        });
    }

    public Optional<LatestPrice> latest(long releaseId) {
        return reads.with(h -> h.createQuery("SELECT * FROM latest_prices WHERE release_id = :id")
                .bind("id", releaseId)
                .map((rs, ctx) -> new LatestPrice(rs.getLong("release_id"), Timestamps.parse(rs.getString("observed_at")),
                        nullableDouble(rs, "lowest_price"), rs.getInt("num_for_sale"), rs.getString("currency"),
                        nullableDouble(rs, "week_ago_price")))
                .findOne());
    }

    /** A release's observations, oldest first. */
    public List<PriceObservation> of(long releaseId) {
        return reads.with(h -> h.createQuery("""
                        SELECT * FROM price_observations WHERE release_id = :id ORDER BY observed_at
                        """).bind("id", releaseId)
                .map((rs, ctx) -> new PriceObservation(rs.getLong("release_id"),
                        Timestamps.parse(rs.getString("observed_at")), nullableDouble(rs, "lowest_price"),
                        rs.getInt("num_for_sale"), rs.getString("currency")))
                .list());
    }

    static Double nullableDouble(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return Timestamps.parse(rs.getString(column));
    }
}
