package app.spindle.mirror.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * One shelf's filter and sort columns held in memory, as read at one mirror version. Any filter a
 * browse request can combine is answered by one pass over plain arrays (a millisecond or two for
 * 100,000 entries), where SQL had to find, join and count the matches again for every request, and a
 * page in any order is read off a precomputed order. The values are read with the very conditions the
 * SQL filters use ({@link SizeOption}'s conditions, the same columns and joins), so both ways agree
 * entry for entry; {@code ShelfIndexTest} holds them to it. About 150 bytes an entry.
 * {@link ShelfIndexReader} reads it, {@link ShelfIndexFacets} counts its facet values.
 */
final class ShelfIndex {
    static final int NO_YEAR = Integer.MIN_VALUE;
    static final String[] NONE = new String[0];
    static final long[] NO_LABELS = new long[0];
    private static final long WORD_ROWS_BYTES = 16L << 20;

    final long version;
    final long[] keys;
    final long[] releaseIds;
    final long[] folders;
    final String[] formats;
    final byte[] sizes;
    /** One bit per {@link PriceOption} the row meets (wantlist only). */
    final byte[] prices;
    final int[] years;
    final int[] ratings;
    final String[] conditions;
    final String[] countries;
    final String[][] genres;
    final String[][] styles;
    final long[][] labels;
    /** Rows ordered by release id, and their release ids, for joining full-text hits (release ids) to rows. */
    final int[] rowsByRelease;
    final long[] sortedReleaseIds;
    /** Each distinct text value once: a filter's value is looked up here, then compared by identity. */
    final Map<String, String> dictionary;
    /** What the facet panel calls a folder and a label, read as its SQL reads them. */
    final Map<Long, String> folderNames = new HashMap<>();
    final Map<Long, String> labelNames = new HashMap<>();
    /** For each sort key, every row in ascending order; descending is the same walked backwards. */
    final Map<ShelfSort.Key, int[]> orders;
    private final Map<FacetValue, BitSet> valueRows = new LruMap<>(256);
    /** The rows of the last filters asked for: a page asks for its count and then its entries. */
    private final Map<ShelfFilter, BitSet> matched = new LruMap<>(32);
    /**
     * The rows the words typed match, by MATCH expression: a person typing and refining repeats them (each new
     * facet, page and the facet panel ask again), and finding them is most of a search's cost (10 ms for a
     * word in half of 100,000 records). A set costs a bit a row, so about 16 MB are kept at most (and as many
     * best-match orders, each holding its named rows and at most 8 KB more).
     */
    private final Map<String, BitSet> wordRows;
    /** For each MATCH expression asked for lately, its best-match order (see {@link BestMatch}): 8 KB at most each. */
    private final Map<String, BestMatch.Order> bestMatches;

    ShelfIndex(long version, int size) {
        this.version = version;
        int remembered = (int) Math.max(16, Math.min(1024, WORD_ROWS_BYTES / (size / 8 + 1)));
        this.wordRows = new LruMap<>(remembered);
        this.bestMatches = new LruMap<>(remembered);
        keys = new long[size];
        releaseIds = new long[size];
        folders = new long[size];
        formats = new String[size];
        sizes = new byte[size];
        prices = new byte[size];
        years = new int[size];
        ratings = new int[size];
        conditions = new String[size];
        countries = new String[size];
        genres = new String[size][];
        styles = new String[size][];
        labels = new long[size][];
        rowsByRelease = new int[size];
        sortedReleaseIds = new long[size];
        dictionary = new HashMap<>();
        orders = new java.util.EnumMap<>(ShelfSort.Key.class);
    }

    int size() {
        return keys.length;
    }

    /**
     * The rows that pass the filter; the caller must not change the set.
     *
     * @param hitsOf the release ids a MATCH expression finds, ascending (asked only for words not remembered)
     */
    BitSet matching(ShelfFilter filter, Function<String, long[]> hitsOf) {
        synchronized (matched) {
            BitSet known = matched.get(filter);
            if (known != null) {
                return known;
            }
        }
        List<String> terms = FtsQuery.terms(filter.text());
        BitSet rows;
        if (terms.isEmpty()) {
            rows = new BitSet(keys.length);
            rows.set(0, keys.length);
        } else {
            rows = rowsOfEvery(terms, hitsOf);
        }
        for (Map.Entry<Facet, String> entry : filter.values().entrySet()) {
            rows.and(rowsWith(entry.getKey(), entry.getValue()));
        }
        synchronized (matched) {
            matched.put(filter, rows);
        }
        return rows;
    }

    /**
     * The rows whose release every term finds, a new set the caller may change. Each term's rows are found and
     * remembered on their own: a person refining a search repeats words far more often than whole searches
     * ("blue", then "blue note", then "blue train"), and intersecting sets of a bit a row costs microseconds
     * where finding a short prefix's records costs SQLite milliseconds.
     */
    BitSet rowsOfEvery(List<String> terms, Function<String, long[]> hitsOf) {
        BitSet rows = null;
        for (String term : terms) {
            BitSet found = wordRows(term, hitsOf);
            if (rows == null) {
                rows = (BitSet) found.clone();
            } else {
                rows.and(found);
            }
        }
        return rows == null ? new BitSet(keys.length) : rows;
    }

    /** The rows whose release the MATCH expression finds, remembered for the life of this index; never to be changed. */
    BitSet wordRows(String match, Function<String, long[]> hitsOf) {
        synchronized (wordRows) {
            BitSet known = wordRows.get(match);
            if (known != null) {
                return known;
            }
        }
        BitSet rows = rowsOfReleases(hitsOf.apply(match));
        synchronized (wordRows) {
            wordRows.put(match, rows);
        }
        return rows;
    }

    /** The best-match order of a MATCH expression, remembered like its rows. */
    BestMatch.Order bestMatch(String match, java.util.function.Supplier<BestMatch.Order> compute) {
        synchronized (bestMatches) {
            BestMatch.Order known = bestMatches.get(match);
            if (known != null) {
                return known;
            }
        }
        BestMatch.Order order = compute.get();
        synchronized (bestMatches) {
            bestMatches.put(match, order);
        }
        return order;
    }

    /** The rows of the given releases (ascending ids; ids of other shelves are passed over). */
    BitSet rowsOfReleases(long[] textHits) {
        int size = keys.length;
        BitSet rows = new BitSet(size);
        if ((long) textHits.length * 8 < size) {
            // few hits: look each one up (a release may be owned twice: every row of it)
            int from = 0;
            for (long hit : textHits) {
                int at = Arrays.binarySearch(sortedReleaseIds, from, size, hit);
                if (at < 0) {
                    from = -at - 1;
                    continue;
                }
                while (at > from && sortedReleaseIds[at - 1] == hit) {
                    at--;
                }
                for (from = at; from < size && sortedReleaseIds[from] == hit; from++) {
                    rows.set(rowsByRelease[from]);
                }
            }
        } else {
            // many hits: both sorted by release id, one merge
            int hit = 0;
            for (int n = 0; n < size && hit < textHits.length; n++) {
                long release = sortedReleaseIds[n];
                while (hit < textHits.length && textHits[hit] < release) {
                    hit++;
                }
                if (hit < textHits.length && textHits[hit] == release) {
                    rows.set(rowsByRelease[n]);
                }
            }
        }
        return rows;
    }

    /** The rows holding one facet value, kept for the life of this index (the 256 asked for most lately). */
    private BitSet rowsWith(Facet facet, String raw) {
        FacetValue key = new FacetValue(facet, raw);
        synchronized (valueRows) {
            BitSet known = valueRows.get(key);
            if (known != null) {
                return known;
            }
        }
        BitSet rows = new BitSet(keys.length);
        // text values are compared by identity with the one copy the index holds; no copy, no match
        String value = facet.kind() == Facet.ValueKind.TEXT ? dictionary.get(raw) : raw;
        if (value != null) {
            IntPredicate test = switch (facet) {
                case FOLDER -> {
                    long folder = Long.parseLong(value);
                    yield row -> folders[row] == folder;
                }
                case FORMAT -> row -> formats[row] == value;
                case SIZE -> {
                    int bit = 1 << SizeOption.fromLabel(value).orElseThrow().ordinal();
                    yield row -> (sizes[row] & bit) != 0;
                }
                case PRICE -> {
                    int bit = 1 << PriceOption.fromValue(value).orElseThrow().ordinal();
                    yield row -> (prices[row] & bit) != 0;
                }
                case GENRE -> row -> contains(genres[row], value);
                case STYLE -> row -> contains(styles[row], value);
                case DECADE -> {
                    long from = Long.parseLong(value);
                    yield row -> years[row] != NO_YEAR && years[row] >= from && years[row] <= from + 9;
                }
                case YEAR -> {
                    long year = Long.parseLong(value);
                    yield row -> years[row] != NO_YEAR && years[row] == year;
                }
                case LABEL -> {
                    long label = Long.parseLong(value);
                    yield row -> contains(labels[row], label);
                }
                case COUNTRY -> row -> countries[row] == value;
                case RATING -> {
                    long rating = Long.parseLong(value);
                    yield row -> ratings[row] == rating;
                }
                case CONDITION -> row -> conditions[row] == value;
            };
            for (int row = 0; row < keys.length; row++) {
                if (test.test(row)) {
                    rows.set(row);
                }
            }
        }
        synchronized (valueRows) {
            valueRows.put(key, rows);
        }
        return rows;
    }

    private record FacetValue(Facet facet, String value) {
    }

    /** How many of the rows have each value of the facet, as the facet's SQL counts them. */
    List<FacetCount> counts(Facet facet, BitSet rows) {
        return facets().counts(facet, rows);
    }

    private ShelfIndexFacets facets;

    /** The facets' values numbered for counting; made once, by the index's reader thread or the first count. */
    synchronized ShelfIndexFacets facets() {
        if (facets == null) {
            facets = new ShelfIndexFacets(this);
        }
        return facets;
    }

    private static boolean contains(String[] values, String value) {
        for (String v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(long[] values, long value) {
        for (long v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private final Map<ShelfSort.Key, int[]> places = new java.util.EnumMap<>(ShelfSort.Key.class);

    /** Each row's place in the ascending order of the key (the inverse of {@code orders}), made when first asked. */
    synchronized int[] places(ShelfSort.Key key) {
        return places.computeIfAbsent(key, k -> {
            int[] order = orders.get(k);
            int[] at = new int[order.length];
            for (int n = 0; n < order.length; n++) {
                at[order[n]] = n;
            }
            return at;
        });
    }

    /** The keys of one page of the matching rows in the given order. */
    List<Long> page(BitSet rows, ShelfSort sort, int offset, int limit) {
        int[] order = orders.get(sort.key());
        List<Long> page = new ArrayList<>(Math.min(limit, 128));
        int count = rows.cardinality();
        if (count <= offset) {
            return page;
        }
        if ((long) count * 16 < order.length) {
            // few match (a search that finds little, or nothing misspelt): sorting their places beats walking every row
            int[] rowPlaces = places(sort.key());
            int[] found = new int[count];
            int n = 0;
            for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
                found[n++] = rowPlaces[row];
            }
            Arrays.sort(found);
            for (int k = offset; k < count && page.size() < limit; k++) {
                page.add(keys[order[found[sort.descending() ? count - 1 - k : k]]]);
            }
            return page;
        }
        boolean all = count == order.length;
        if (all) {
            // every row matches: the page is a slice of the order
            for (int n = offset; n < order.length && page.size() < limit; n++) {
                page.add(keys[order[sort.descending() ? order.length - 1 - n : n]]);
            }
            return page;
        }
        int skipped = 0;
        for (int n = 0; n < order.length && page.size() < limit; n++) {
            int row = order[sort.descending() ? order.length - 1 - n : n];
            if (rows.get(row)) {
                if (skipped < offset) {
                    skipped++;
                } else {
                    page.add(keys[row]);
                }
            }
        }
        return page;
    }
}
