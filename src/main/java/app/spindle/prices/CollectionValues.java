package app.spindle.prices;

import app.spindle.discogs.model.DiscogsCollectionValue;
import app.spindle.mirror.Timestamps;
import app.spindle.mirror.query.ReadSide;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The history of the collection's estimated value, one row per time it was asked for. */
public final class CollectionValues {
    private final Jdbi jdbi;
    private final ReadSide reads;

    /** Reads and writes on connections of its own (the price pass). */
    public CollectionValues(Jdbi jdbi) {
        this(jdbi, ReadSide.ownConnections(jdbi));
    }

    /** Writes on {@code jdbi}, reads on {@code reads}: a page passes the read side's kept-open connections. */
    public CollectionValues(Jdbi jdbi, ReadSide reads) {
        this.jdbi = jdbi;
        this.reads = reads;
    }

    public void record(Instant at, DiscogsCollectionValue value) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT OR REPLACE INTO collection_values (observed_at, minimum, median, maximum,
                            min_amount, median_amount, max_amount)
                        VALUES (:at, :min, :median, :max, :minAmount, :medianAmount, :maxAmount)
                        """).bind("at", Timestamps.format(at)).bind("min", value.minimum())
                .bind("median", value.median()).bind("max", value.maximum())
                .bind("minAmount", CollectionValue.amountOf(value.minimum()))
                .bind("medianAmount", CollectionValue.amountOf(value.median()))
                .bind("maxAmount", CollectionValue.amountOf(value.maximum())).execute());
    }

    public Optional<CollectionValue> latest() {
        List<CollectionValue> all = query("SELECT * FROM collection_values ORDER BY observed_at DESC LIMIT 1");
        return all.stream().findFirst();
    }

    /** The owned releases with the highest lowest price, most valuable first. */
    public List<ValuableCopy> mostValuable(int limit) {
        return reads.with(h -> h.createQuery("""
                        SELECT r.id, r.artist_credit, r.title, CAST(r.lowest_price AS REAL) AS price, r.details_fetched_at
                        FROM releases r WHERE r.id IN (SELECT release_id FROM collection_items)
                            AND r.lowest_price IS NOT NULL AND r.lowest_price <> ''
                        ORDER BY CAST(r.lowest_price AS REAL) DESC, r.id LIMIT :limit
                        """).bind("limit", limit).map((rs, c) -> new ValuableCopy(rs.getLong("id"), rs.getString("artist_credit"),
                        rs.getString("title"), rs.getDouble("price"), Timestamps.parse(rs.getString("details_fetched_at"))))
                .list());
    }

    /** Oldest first. */
    public List<CollectionValue> history() {
        return query("SELECT * FROM collection_values ORDER BY observed_at");
    }

    private List<CollectionValue> query(String sql) {
        return reads.with(h -> h.createQuery(sql).map((rs, ctx) -> new CollectionValue(
                PriceHistory.instant(rs, "observed_at"), rs.getString("minimum"), rs.getString("median"),
                rs.getString("maximum"), PriceHistory.nullableDouble(rs, "min_amount"),
                PriceHistory.nullableDouble(rs, "median_amount"), PriceHistory.nullableDouble(rs, "max_amount"))).list());
    }
}
