package app.spindle.mirror.query;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts the facet values of a {@link ShelfIndex}'s matching rows exactly as the facets' SQL counts them. */
final class ShelfIndexFacets {
    private ShelfIndexFacets() {
    }

    /**
     * How many of the rows have each value of the facet, ordered and cut as the facet's SQL does
     * ({@link Facet}): most first then by value, 30 at most, for formats, genres, styles, labels,
     * countries and conditions; every value in its own order for folders, decades, years and ratings.
     */
    static List<FacetCount> counts(ShelfIndex ix, Facet facet, BitSet rows) {
        return switch (facet) {
            case FOLDER -> {
                Map<Long, long[]> n = new TreeMap<>();
                each(rows, row -> bump(n, ix.folders[row]));
                yield inOrder(n, id -> ix.folderNames.get(id) == null ? "Folder " + id : ix.folderNames.get(id));
            }
            case FORMAT -> mostFirst(tally(rows, row -> one(ix.formats[row])), ShelfIndexFacets::byCodePoints, v -> v);
            case SIZE -> chosen(rows, ix.sizes, SizeOption.values());
            case PRICE -> chosen(rows, ix.prices, PriceOption.values());
            case GENRE -> mostFirst(tally(rows, row -> distinct(ix.genres[row])), ShelfIndexFacets::byCodePoints, v -> v);
            case STYLE -> mostFirst(tally(rows, row -> distinct(ix.styles[row])), ShelfIndexFacets::byCodePoints, v -> v);
            case DECADE -> {
                Map<Integer, long[]> n = new TreeMap<>();
                each(rows, row -> {
                    if (ix.years[row] != ShelfIndex.NO_YEAR) {
                        bump(n, ix.years[row] / 10 * 10);
                    }
                });
                yield inOrder(n, decade -> decade + "s");
            }
            case YEAR -> {
                Map<Integer, long[]> n = new TreeMap<>();
                each(rows, row -> {
                    if (ix.years[row] != ShelfIndex.NO_YEAR) {
                        bump(n, ix.years[row]);
                    }
                });
                yield inOrder(n, String::valueOf);
            }
            case LABEL -> {
                Map<Long, long[]> n = new HashMap<>();
                each(rows, row -> {
                    long[] ids = ix.labels[row];
                    for (int k = 0; k < ids.length; k++) {
                        if (!seenBefore(ids, k)) {
                            bump(n, ids[k]);
                        }
                    }
                });
                yield mostFirst(n, Long::compare, ix.labelNames::get);
            }
            case COUNTRY -> mostFirst(tally(rows, row -> one(ix.countries[row])), ShelfIndexFacets::byCodePoints, v -> v);
            case RATING -> {
                Map<Integer, long[]> n = new TreeMap<>(Comparator.reverseOrder());
                each(rows, row -> bump(n, ix.ratings[row]));
                yield inOrder(n, String::valueOf);
            }
            case CONDITION -> mostFirst(tally(rows, row -> one(ix.conditions[row])), ShelfIndexFacets::byCodePoints,
                    v -> v);
        };
    }

    /** How many rows have each fixed value's bit set, in the values' order, leaving out the ones none has. */
    private static <E extends Enum<E> & FixedChoice> List<FacetCount> chosen(BitSet rows, byte[] bits, E[] options) {
        long[] n = new long[options.length];
        each(rows, row -> {
            for (E option : options) {
                if ((bits[row] & (1 << option.ordinal())) != 0) {
                    n[option.ordinal()]++;
                }
            }
        });
        List<FacetCount> out = new ArrayList<>();
        for (E option : options) {
            if (n[option.ordinal()] > 0) {
                out.add(new FacetCount(option.value(), option.label(), n[option.ordinal()]));
            }
        }
        return out;
    }

    private static <K> void bump(Map<K, long[]> counts, K value) {
        counts.computeIfAbsent(value, k -> new long[1])[0]++;
    }

    /** Every value in the map's own order (folders, decades and years ascending, ratings descending). */
    private static <K> List<FacetCount> inOrder(Map<K, long[]> counts, Function<K, String> label) {
        List<FacetCount> out = new ArrayList<>();
        counts.forEach((value, n) -> out.add(new FacetCount(String.valueOf(value), label.apply(value), n[0])));
        return out;
    }

    /** Most first, ties broken by the value, 30 at most: the SQL's ORDER BY 3 DESC, 1 LIMIT 30. */
    private static <K> List<FacetCount> mostFirst(Map<K, long[]> counts, Comparator<K> ties, Function<K, String> label) {
        return counts.entrySet().stream()
                .sorted((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                        : ties.compare(a.getKey(), b.getKey()))
                .limit(30)
                .map(e -> new FacetCount(String.valueOf(e.getKey()), label.apply(e.getKey()), e.getValue()[0]))
                .toList();
    }

    private static void each(BitSet rows, java.util.function.IntConsumer action) {
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            action.accept(row);
        }
    }

    /** Counts text values; values the SQL leaves out (NULL, '') are never given. */
    private static Map<String, long[]> tally(BitSet rows, java.util.function.IntFunction<String[]> values) {
        Map<String, long[]> n = new HashMap<>();
        each(rows, row -> {
            for (String value : values.apply(row)) {
                bump(n, value);
            }
        });
        return n;
    }

    private static String[] one(String value) {
        return value == null || value.isEmpty() ? ShelfIndex.NONE : new String[] {value};
    }

    /** A release listing a genre twice counts once, as count(DISTINCT) does. */
    private static String[] distinct(String[] values) {
        if (values.length < 2) {
            return values;
        }
        List<String> kept = new ArrayList<>(values.length);
        for (String v : values) {
            if (!kept.contains(v)) {
                kept.add(v);
            }
        }
        return kept.toArray(ShelfIndex.NONE);
    }

    private static boolean seenBefore(long[] values, int k) {
        for (int j = 0; j < k; j++) {
            if (values[j] == values[k]) {
                return true;
            }
        }
        return false;
    }

    /** SQLite's BINARY order of UTF-8 text is the order of code points (not of Java's UTF-16 units). */
    private static int byCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
