package app.spindle.mirror.query;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Reads the figures of the stats page. The counts by facet are the collection's unfiltered facet counts;
 * the totals and the months are computed here; all of it is kept until the mirror changes.
 */
public final class StatsReader implements AutoCloseable {
    private final MirrorReads jdbi;
    private final ShelfFacets facets;
    private final VersionedCache<String, CollectionStats> cache;

    public StatsReader(MirrorReads reads, ShelfFacets facets) {
        this.jdbi = reads;
        this.facets = facets;
        this.cache = new VersionedCache<>(reads.version(), 1, "spindle-stats", true);
    }

    public CollectionStats stats() {
        return cache.get("collection", this::compute);
    }

    private CollectionStats compute() {
        Map<Facet, List<FacetCount>> counts = new LinkedHashMap<>();
        facets.counts(Shelf.COLLECTION, ShelfFilter.NONE).forEach(c -> counts.put(c.facet(), c.values()));
        return jdbi.with(h -> {
            long[] tracks = tracksAndSeconds(h);
            return new CollectionStats(
                    number(h, "SELECT count(*) FROM collection_items"),
                    number(h, "SELECT count(DISTINCT release_id) FROM collection_items"),
                    number(h, """
                            SELECT count(DISTINCT a.artist_id) FROM release_artists a
                            WHERE a.kind = 'main' AND a.release_id IN (SELECT release_id FROM collection_items)"""),
                    number(h, """
                            SELECT count(DISTINCT l.label_id) FROM release_labels l
                            WHERE l.kind = 'label' AND l.release_id IN (SELECT release_id FROM collection_items)"""),
                    number(h, "SELECT count(*) FROM wants"),
                    tracks[0], tracks[1],
                    counts.getOrDefault(Facet.DECADE, List.of()), counts.getOrDefault(Facet.GENRE, List.of()),
                    counts.getOrDefault(Facet.STYLE, List.of()), counts.getOrDefault(Facet.SIZE, List.of()),
                    counts.getOrDefault(Facet.FORMAT, List.of()), counts.getOrDefault(Facet.LABEL, List.of()),
                    counts.getOrDefault(Facet.COUNTRY, List.of()), months(h));
        });
    }

    /** The collection's tracks (headings and index entries are not) and their seconds, in one pass over its tracklists. */
    private static long[] tracksAndSeconds(Handle h) {
        return h.createQuery("""
                        SELECT count(*) FILTER (WHERE coalesce(type, 'track') = 'track'), coalesce(sum(duration_seconds), 0)
                        FROM tracks WHERE release_id IN (SELECT release_id FROM collection_items)""")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
    }

    private static long number(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }

    private static List<FacetCount> months(Handle h) {
        Map<String, Long> byMonth = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT substr(added_at, 1, 7) AS month, count(*) AS n FROM collection_items
                        WHERE added_at IS NOT NULL AND length(added_at) >= 7 GROUP BY 1 ORDER BY 1""")
                .map((rs, ctx) -> Map.entry(rs.getString("month"), rs.getLong("n")))
                .forEach(e -> byMonth.put(e.getKey(), e.getValue()));
        List<FacetCount> months = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return months;
        }
        try {
            YearMonth first = YearMonth.parse(byMonth.keySet().iterator().next());
            YearMonth last = YearMonth.parse(new ArrayList<>(byMonth.keySet()).get(byMonth.size() - 1));
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(new FacetCount(m.toString(), m.toString(), byMonth.getOrDefault(m.toString(), 0L)));
            }
        } catch (java.time.format.DateTimeParseException e) {
            byMonth.forEach((month, n) -> months.add(new FacetCount(month, month, n)));
        }
        return months;
    }

    @Override
    public void close() {
        cache.close();
    }
}
