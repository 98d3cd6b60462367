package app.spindle.mirror.query;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * "Best match", the order of a search with words when no other order was chosen. The records whose artist or
 * title hold every word come first, then those that have a word only elsewhere (a label, catalog number, track,
 * identifier, genre or style). The first part goes by bm25 over the artist and title, the second by bm25 over
 * every column (artist and title weighing most); ties newest first. Scoring costs SQLite about 10 µs a record,
 * so a shelf held in memory scores a part only while the words alone find at most {@value #SCORED_AT_MOST}
 * records in it (a facet chosen afterwards only narrows the part); a larger part goes newest first. Two letters
 * typed find tens of thousands of records on a large shelf, most of them called what was typed: scoring them all
 * cost 80 ms a request, and no order of scores among them would make the first page more right.
 */
final class BestMatch {
    static final int SCORED_AT_MOST = 1_000;

    /** bm25's weight for each column of the full-text indexes, in their order (014_search_genres_styles.sql, 020_shelf_search.sql). */
    static final String COLUMN_WEIGHTS = "10.0, 10.0, 3.0, 3.0, 2.0, 1.0, 1.0";

    /**
     * One MATCH expression's order on one shelf index.
     *
     * @param named      the rows whose artist or title hold every word
     * @param namedRows  those rows in order, or null when they go newest first
     * @param otherRows  the other rows the words find, in order, or null when they go newest first
     */
    record Order(BitSet named, int[] namedRows, int[] otherRows) {
    }

    /** The scores a MATCH expression gives the releases it finds: release id → bm25 (lower is better). */
    interface Scores {
        Map<Long, Double> of(String match);
    }

    private BestMatch() {
    }

    static Order of(ShelfIndex index, String text, Function<String, long[]> hitsOf, Scores scores) {
        String match = FtsQuery.of(text);
        String named = FtsQuery.inArtistOrTitle(text);
        BitSet all = index.rowsOfEvery(FtsQuery.terms(text), hitsOf);
        BitSet namedRows = index.rowsOfEvery(FtsQuery.termsInArtistOrTitle(text), hitsOf);
        int[] places = index.places(ShelfSort.Key.ADDED);
        if (all.cardinality() <= SCORED_AT_MOST) {
            Map<Long, Double> byName = scores.of(named);
            Map<Long, Double> byAll = scores.of(match);
            BitSet others = (BitSet) all.clone();
            others.andNot(namedRows);
            return new Order(namedRows, sorted(index, namedRows, places, byName, byAll),
                    sorted(index, others, places, byAll, Map.of()));
        }
        if (namedRows.cardinality() <= SCORED_AT_MOST) {
            return new Order(namedRows, sorted(index, namedRows, places, scores.of(named), Map.of()), null);
        }
        return new Order(namedRows, null, null);
    }

    /** The rows by the first score, then the second, then newest first. */
    private static int[] sorted(ShelfIndex index, BitSet rows, int[] places, Map<Long, Double> first,
                                Map<Long, Double> second) {
        List<Integer> list = new ArrayList<>(rows.cardinality());
        rows.stream().forEach(list::add);
        Comparator<Integer> order = Comparator
                .comparingDouble((Integer row) -> first.getOrDefault(index.releaseIds[row], 0.0))
                .thenComparingDouble(row -> second.getOrDefault(index.releaseIds[row], 0.0))
                .thenComparingInt(row -> -places[row]); // newest first: the latest place in the added order
        list.sort(order);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The keys of one page of the rows (the filtered matches) in this order. */
    static List<Long> page(ShelfIndex index, Order order, BitSet rows, int offset, int limit) {
        List<Long> page = new ArrayList<>(Math.min(limit, 128));
        int[] skipped = {0};
        BitSet named = (BitSet) rows.clone();
        named.and(order.named());
        BitSet others = (BitSet) rows.clone();
        others.andNot(order.named());
        take(index, order.namedRows(), named, offset, limit, page, skipped);
        take(index, order.otherRows(), others, offset, limit, page, skipped);
        return page;
    }

    private static void take(ShelfIndex index, int[] ordered, BitSet rows, int offset, int limit, List<Long> page,
                             int[] skipped) {
        if (page.size() >= limit || rows.isEmpty()) {
            return;
        }
        int count = rows.cardinality();
        if (skipped[0] + count <= offset) {
            skipped[0] += count; // the whole part lies before the page
            return;
        }
        if (ordered == null) {
            int skippedHere = Math.max(0, offset - skipped[0]);
            page.addAll(index.page(rows, ShelfSort.NEWEST_FIRST, skippedHere, limit - page.size()));
            skipped[0] += skippedHere;
            return;
        }
        for (int n = 0; n < ordered.length && page.size() < limit; n++) {
            add(index, ordered[n], rows, offset, page, skipped);
        }
    }

    private static void add(ShelfIndex index, int row, BitSet rows, int offset, List<Long> page, int[] skipped) {
        if (!rows.get(row)) {
            return;
        }
        if (skipped[0] < offset) {
            skipped[0]++;
        } else {
            page.add(index.keys[row]);
        }
    }
}
