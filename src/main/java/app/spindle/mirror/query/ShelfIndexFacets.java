package app.spindle.mirror.query;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
                Map<Long, long[]> n = new java.util.TreeMap<>();
                each(rows, row -> n.computeIfAbsent(ix.folders[row], k -> new long[1])[0]++);
                List<FacetCount> out = new ArrayList<>();
                n.forEach((id, c) -> out.add(new FacetCount(Long.toString(id),
                        ix.folderNames.get(id) == null ? "Folder " + id : ix.folderNames.get(id), c[0])));
                yield out;
            }
            case FORMAT -> mostFirst(tally(rows, row -> one(ix.formats[row])));
            case SIZE -> {
                long[] n = new long[SizeOption.values().length];
                each(rows, row -> {
                    for (SizeOption option : SizeOption.values()) {
                        if ((ix.sizes[row] & (1 << option.ordinal())) != 0) {
                            n[option.ordinal()]++;
                        }
                    }
                });
                List<FacetCount> out = new ArrayList<>();
                for (SizeOption option : SizeOption.values()) {
                    if (n[option.ordinal()] > 0) {
                        out.add(new FacetCount(option.label(), option.label(), n[option.ordinal()]));
                    }
                }
                yield out;
            }
            case GENRE -> mostFirst(tally(rows, row -> distinct(ix.genres[row])));
            case STYLE -> mostFirst(tally(rows, row -> distinct(ix.styles[row])));
            case DECADE, YEAR -> {
                Map<Integer, long[]> n = new java.util.TreeMap<>();
                each(rows, row -> {
                    if (ix.years[row] != ShelfIndex.NO_YEAR) {
                        n.computeIfAbsent(facet == Facet.DECADE ? ix.years[row] / 10 * 10 : ix.years[row], k -> new long[1])[0]++;
                    }
                });
                List<FacetCount> out = new ArrayList<>();
                n.forEach((v, c) -> out.add(new FacetCount(Integer.toString(v),
                        facet == Facet.DECADE ? v + "s" : Integer.toString(v), c[0])));
                yield out;
            }
            case LABEL -> {
                Map<Long, long[]> n = new HashMap<>();
                each(rows, row -> {
                    long[] ids = ix.labels[row];
                    for (int k = 0; k < ids.length; k++) {
                        if (!seenBefore(ids, k)) {
                            n.computeIfAbsent(ids[k], x -> new long[1])[0]++;
                        }
                    }
                });
                yield n.entrySet().stream()
                        .sorted((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                                : Long.compare(a.getKey(), b.getKey()))
                        .limit(30)
                        .map(e -> new FacetCount(Long.toString(e.getKey()), ix.labelNames.get(e.getKey()), e.getValue()[0]))
                        .toList();
            }
            case COUNTRY -> mostFirst(tally(rows, row -> one(ix.countries[row])));
            case RATING -> {
                Map<Integer, long[]> n = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
                each(rows, row -> n.computeIfAbsent(ix.ratings[row], k -> new long[1])[0]++);
                List<FacetCount> out = new ArrayList<>();
                n.forEach((v, c) -> out.add(new FacetCount(Integer.toString(v), Integer.toString(v), c[0])));
                yield out;
            }
            case CONDITION -> mostFirst(tally(rows, row -> one(ix.conditions[row])));
        };
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
                n.computeIfAbsent(value, k -> new long[1])[0]++;
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

    private static List<FacetCount> mostFirst(Map<String, long[]> n) {
        return n.entrySet().stream()
                .sorted((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                        : byCodePoints(a.getKey(), b.getKey()))
                .limit(30)
                .map(e -> new FacetCount(e.getKey(), e.getKey(), e.getValue()[0]))
                .toList();
    }

    /** SQLite's BINARY order of UTF-8 text is the order of code points (not of Java's UTF-16 units). */
    private static int byCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
