package app.spindle.prices;

import java.util.List;
import app.spindle.mirror.query.MirrorReads;
import org.jdbi.v3.core.statement.Query;

/**
 * The wantlist by price: filtered to what is for sale or under target, sorted cheapest first, by the
 * week's drop or by when it was seen, one page at a time, with the total of the filtered list's prices.
 * Everything is one indexed SQL query over the newest prices, so it stays fast at tens of thousands of wants.
 */
public final class WantPrices {
    public enum Filter { ALL, FOR_SALE, UNDER_TARGET }

    public enum Sort { CHEAPEST, DROPPED, SEEN, ARTIST }

    public record Page(List<WantPrice> items, long total, long priced, double sum) {
    }

    private static final String FROM = """
            FROM wants w JOIN releases r ON r.id = w.release_id
            LEFT JOIN latest_prices p ON p.release_id = w.release_id
            LEFT JOIN price_targets t ON t.release_id = w.release_id
            """;

    private final MirrorReads reads;

    /** Read on the read side's kept-open connections: the landing page asks for the deals at every visit. */
    public WantPrices(MirrorReads reads) {
        this.reads = reads;
    }

    public Page page(Filter filter, Sort sort, String currency, int offset, int limit) {
        String where = switch (filter) {
            case ALL -> "";
            case FOR_SALE -> " WHERE p.lowest_price IS NOT NULL AND p.num_for_sale > 0";
            case UNDER_TARGET -> " WHERE p.lowest_price <= t.target AND p.currency = t.currency";
        };
        String order = switch (sort) {
            case CHEAPEST -> "p.lowest_price IS NULL, p.lowest_price, w.release_id";
            case DROPPED -> "(p.lowest_price - p.week_ago_price) IS NULL, p.lowest_price - p.week_ago_price, w.release_id";
            case SEEN -> "p.observed_at IS NULL, p.observed_at DESC, w.release_id";
            case ARTIST -> "w.sort_artist, w.sort_title, w.release_id";
        };
        return reads.with(h -> {
            List<WantPrice> items = h.createQuery("""
                            SELECT w.release_id, r.artist_credit, r.title, r.year, p.observed_at, p.lowest_price,
                                p.num_for_sale, p.currency, p.week_ago_price, t.target, t.currency AS target_currency
                            """ + FROM + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                    .bind("limit", limit).bind("offset", offset).map(WantPrices::row).list();
            Query totals = h.createQuery("SELECT count(*) AS n, count(p.lowest_price) AS priced,"
                    + " coalesce(sum(CASE WHEN p.currency = :currency THEN p.lowest_price END), 0) AS sum " + FROM + where)
                    .bind("currency", currency);
            return totals.map((rs, ctx) -> new Page(items, rs.getLong("n"), rs.getLong("priced"), rs.getDouble("sum"))).one();
        });
    }

    /** The wants at or under their target now, cheapest first. */
    public List<WantPrice> deals() {
        return deals(500);
    }

    /** How many wants are at or under their target now. */
    public long dealCount() {
        return reads.with(h -> h.createQuery("""
                        SELECT count(*) FROM price_targets t
                        JOIN latest_prices p ON p.release_id = t.release_id
                        JOIN wants w ON w.release_id = t.release_id
                        WHERE p.lowest_price <= t.target AND p.currency = t.currency
                        """).mapTo(Long.class).one());
    }

    /** At most {@code limit} deals, read from the targets outwards: a few rows, however long the wantlist. */
    public List<WantPrice> deals(int limit) {
        return reads.with(h -> h.createQuery("""
                        SELECT w.release_id, r.artist_credit, r.title, r.year, p.observed_at, p.lowest_price,
                            p.num_for_sale, p.currency, p.week_ago_price, t.target, t.currency AS target_currency
                        FROM price_targets t
                        JOIN latest_prices p ON p.release_id = t.release_id
                        JOIN wants w ON w.release_id = t.release_id
                        JOIN releases r ON r.id = t.release_id
                        WHERE p.lowest_price <= t.target AND p.currency = t.currency
                        ORDER BY p.lowest_price, t.release_id LIMIT :limit
                        """).bind("limit", limit).map(WantPrices::row).list());
    }

    static WantPrice row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        int year = rs.getInt("year");
        Integer knownYear = rs.wasNull() || year == 0 ? null : year;
        return new WantPrice(rs.getLong("release_id"), rs.getString("artist_credit"), rs.getString("title"), knownYear,
                PriceHistory.instant(rs, "observed_at"), PriceHistory.nullableDouble(rs, "lowest_price"),
                rs.getInt("num_for_sale"), rs.getString("currency"), PriceHistory.nullableDouble(rs, "week_ago_price"),
                PriceHistory.nullableDouble(rs, "target"), rs.getString("target_currency"));
    }

    /** One want's row, for the release page. */
    public java.util.Optional<WantPrice> of(long releaseId) {
        return reads.with(h -> h.createQuery("""
                        SELECT w.release_id, r.artist_credit, r.title, r.year, p.observed_at, p.lowest_price,
                            p.num_for_sale, p.currency, p.week_ago_price, t.target, t.currency AS target_currency
                        """ + FROM + " WHERE w.release_id = :id").bind("id", releaseId).map(WantPrices::row).findOne());
    }
}
