package app.spindle.mirror.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Counts, for the filtered shelf, how many entries have each value of every facet not yet chosen —
 * what clicking it would leave. Counting 100,000 copies takes a few hundred milliseconds, so results
 * are kept per shelf and filter until the mirror changes (see {@link VersionedCache}).
 */
public final class ShelfFacets implements AutoCloseable {
    private record Key(Shelf shelf, ShelfFilter filter) {
    }

    private final MirrorReads jdbi;
    private final ShelfReader shelves;
    private final VersionedCache<Key, List<FacetCounts>> cache;

    public ShelfFacets(MirrorReads reads) {
        this(reads, null);
    }

    /** @param shelves counts in memory whenever it answers the shelf from memory (may be null: SQL only) */
    public ShelfFacets(MirrorReads reads, ShelfReader shelves) {
        this.jdbi = reads;
        this.shelves = shelves;
        this.cache = new VersionedCache<>(reads.version(), 512, "spindle-facets", true);
    }

    public List<FacetCounts> counts(Shelf shelf, ShelfFilter filter) {
        return cache.get(new Key(shelf, filter), () -> compute(shelf, filter));
    }

    /** The counts if they were computed before (perhaps for an older mirror), without computing them now. */
    public Optional<List<FacetCounts>> known(Shelf shelf, ShelfFilter filter) {
        return cache.known(new Key(shelf, filter));
    }

    private List<FacetCounts> compute(Shelf shelf, ShelfFilter filter) {
        Optional<ShelfReader.InMemory> memory = shelves == null ? Optional.empty() : shelves.inMemory(shelf, filter);
        if (memory.isPresent()) {
            List<FacetCounts> all = new ArrayList<>();
            for (Facet facet : Facet.values()) {
                if (offered(facet, shelf, filter)) {
                    all.add(new FacetCounts(facet, memory.get().index().counts(facet, memory.get().rows())));
                }
            }
            return List.copyOf(all);
        }
        FilterSql sql = FilterSql.of(shelf, filter);
        return jdbi.with(h -> {
            // The filter runs once into a temporary table; every facet then counts over that table.
            String source = shelf.table();
            if (!filter.isEmpty()) {
                h.execute("DROP TABLE IF EXISTS temp.facet_rows");
                sql.bind(h.createUpdate("CREATE TEMP TABLE facet_rows AS SELECT *" + sql.from())).execute();
                source = "temp.facet_rows";
            }
            String cte = "WITH i AS (SELECT *, " + shelf.key() + " AS item_key FROM " + source + ") ";
            List<FacetCounts> all = new ArrayList<>();
            for (Facet facet : Facet.values()) {
                if (offered(facet, shelf, filter)) {
                    all.add(new FacetCounts(facet, facet.choices().isEmpty() ? values(h, cte, facet) : choices(h, cte, facet.choices())));
                }
            }
            h.execute("DROP TABLE IF EXISTS temp.facet_rows");
            return List.copyOf(all);
        });
    }

    private static boolean offered(Facet facet, Shelf shelf, ShelfFilter filter) {
        return facet.appliesTo(shelf) && !filter.has(facet) && shown(facet, filter);
    }

    /** Years are offered once a decade is chosen: seventy of them at once help nobody. */
    private static boolean shown(Facet facet, ShelfFilter filter) {
        if (facet == Facet.YEAR) {
            return filter.has(Facet.DECADE);
        }
        return !(facet == Facet.DECADE && filter.has(Facet.YEAR));
    }

    private static List<FacetCount> values(Handle h, String cte, Facet facet) {
        return h.createQuery(cte + facet.countSql())
                .map((rs, ctx) -> new FacetCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Every fixed value (sizes, prices) in one pass over the rows: sum() of a condition counts the rows that meet it. */
    private static List<FacetCount> choices(Handle h, String cte, List<? extends FixedChoice> options) {
        StringBuilder sql = new StringBuilder(cte).append("SELECT ");
        for (int n = 0; n < options.size(); n++) {
            sql.append(n == 0 ? "" : ", ").append("coalesce(sum(").append(options.get(n).condition()).append("), 0)");
        }
        List<Long> sums = h.createQuery(sql.append(" FROM i").toString())
                .map((rs, ctx) -> {
                    List<Long> values = new ArrayList<>();
                    for (int n = 1; n <= options.size(); n++) {
                        values.add(rs.getLong(n));
                    }
                    return values;
                }).one();
        List<FacetCount> counts = new ArrayList<>();
        for (int n = 0; n < options.size(); n++) {
            if (sums.get(n) > 0) {
                counts.add(new FacetCount(options.get(n).value(), options.get(n).label(), sums.get(n)));
            }
        }
        return counts;
    }

    @Override
    public void close() {
        cache.close();
    }
}
