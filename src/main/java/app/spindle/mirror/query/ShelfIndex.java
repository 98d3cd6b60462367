package app.spindle.mirror.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.jdbi.v3.core.Handle;

/**
 * One shelf's filter and sort columns held in memory, as read at one mirror version. Any filter a
 * browse request can combine is answered by one pass over plain arrays (a millisecond or two for
 * 100,000 entries), where SQL had to find, join and count the matches again for every request, and a
 * page in any order is read off a precomputed order. The values are read with the very conditions the
 * SQL filters use ({@link SizeOption}'s conditions, the same columns and joins), so both ways agree
 * entry for entry; {@code ShelfIndexTest} holds them to it. About 100 bytes an entry.
 */
final class ShelfIndex {
    private static final int NO_YEAR = Integer.MIN_VALUE;
    private static final String[] NONE = new String[0];
    private static final long[] NO_LABELS = new long[0];

    final long version;
    private final long[] keys;
    private final long[] releaseIds;
    private final long[] folders;
    private final String[] formats;
    private final byte[] sizes;
    private final int[] years;
    private final int[] ratings;
    private final String[] conditions;
    private final String[] countries;
    private final String[][] genres;
    private final String[][] styles;
    private final long[][] labels;
    /** Rows ordered by release id, and their release ids, for joining full-text hits (release ids) to rows. */
    private final int[] rowsByRelease;
    private final long[] sortedReleaseIds;
    /** Each distinct text value once: a filter's value is looked up here, then compared by identity. */
    private final Map<String, String> dictionary;
    /** What the facet panel calls a folder and a label, read as its SQL reads them. */
    private final Map<Long, String> folderNames = new HashMap<>();
    private final Map<Long, String> labelNames = new HashMap<>();
    /** For each sort key, every row in ascending order; descending is the same walked backwards. */
    private final Map<ShelfSort.Key, int[]> orders;
    private final Map<FacetValue, BitSet> valueRows = new LruMap<>(256);
    /** The rows of the last filters asked for: a page asks for its count and then its entries. */
    private final Map<ShelfFilter, BitSet> matched = new LruMap<>(32);

    private ShelfIndex(long version, int size) {
        this.version = version;
        keys = new long[size];
        releaseIds = new long[size];
        folders = new long[size];
        formats = new String[size];
        sizes = new byte[size];
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

    /** Reads the shelf as it is now; {@code version} must have been taken before the first read. */
    static ShelfIndex read(Handle h, Shelf shelf, long version) {
        int size = h.createQuery("SELECT count(*) FROM " + shelf.table()).mapTo(Integer.class).one();
        ShelfIndex index = new ShelfIndex(version, size);
        Map<Long, Integer> rowOfKey = new HashMap<>(size * 2);
        Map<Long, List<Integer>> rowsOfRelease = new HashMap<>(size * 2);
        Strings strings = new Strings(index.dictionary);
        boolean collection = shelf == Shelf.COLLECTION;
        StringBuilder sizeColumns = new StringBuilder();
        for (SizeOption option : SizeOption.values()) {
            sizeColumns.append(", (").append(option.condition()).append(") AS size_").append(option.ordinal());
        }
        h.createQuery("SELECT i." + shelf.key() + " AS item_key, i.release_id, i.year, i.rating, i.format_name, "
                        + (collection ? "i.folder_id, i.media_condition" : "NULL AS folder_id, NULL AS media_condition")
                        + ", r.country" + sizeColumns + " FROM " + shelf.table() + " i"
                        + " LEFT JOIN releases r ON r.id = i.release_id")
                .map((rs, ctx) -> {
                    int row = rowOfKey.size();
                    if (row >= size) {
                        return null; // a row written after the count: this index is stale already and never used
                    }
                    index.keys[row] = rs.getLong("item_key");
                    index.releaseIds[row] = rs.getLong("release_id");
                    int year = rs.getInt("year");
                    index.years[row] = rs.wasNull() ? NO_YEAR : year;
                    index.ratings[row] = rs.getInt("rating");
                    index.formats[row] = strings.of(rs.getString("format_name"));
                    long folder = rs.getLong("folder_id");
                    index.folders[row] = rs.wasNull() ? -1 : folder;
                    index.conditions[row] = strings.of(rs.getString("media_condition"));
                    index.countries[row] = strings.of(rs.getString("country"));
                    byte bits = 0;
                    for (SizeOption option : SizeOption.values()) {
                        if (rs.getInt("size_" + option.ordinal()) != 0) {
                            bits |= (byte) (1 << option.ordinal());
                        }
                    }
                    index.sizes[row] = bits;
                    rowOfKey.put(index.keys[row], row);
                    rowsOfRelease.computeIfAbsent(index.releaseIds[row], k -> new ArrayList<>(1)).add(row);
                    return null;
                })
                .forEach(ignored -> { });
        Arrays.fill(index.genres, NONE);
        Arrays.fill(index.styles, NONE);
        Arrays.fill(index.labels, NO_LABELS);
        String ofShelf = " WHERE x.release_id IN (SELECT release_id FROM " + shelf.table() + ")";
        readValues(h, "SELECT x.release_id, x.genre FROM release_genres x" + ofShelf, rowsOfRelease, strings, index.genres);
        readValues(h, "SELECT x.release_id, x.style FROM release_styles x" + ofShelf, rowsOfRelease, strings, index.styles);
        Map<Long, List<Long>> labelIds = new HashMap<>();
        h.createQuery("SELECT x.release_id, x.label_id FROM release_labels x" + ofShelf + " AND x.kind = 'label'")
                .map((rs, ctx) -> {
                    labelIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(rs.getLong(2));
                    return null;
                })
                .forEach(ignored -> { });
        labelIds.forEach((release, ids) -> {
            long[] values = ids.stream().mapToLong(Long::longValue).toArray();
            for (int row : rowsOfRelease.getOrDefault(release, List.of())) {
                index.labels[row] = values;
            }
        });
        if (collection) {
            h.createQuery("SELECT id, name FROM collection_folders")
                    .map((rs, ctx) -> index.folderNames.put(rs.getLong(1), rs.getString(2)))
                    .forEach(ignored -> { });
        }
        h.createQuery("SELECT l.label_id, (SELECT x.name FROM release_labels x WHERE x.label_id = l.label_id LIMIT 1)"
                        + " FROM (SELECT DISTINCT x.label_id FROM release_labels x" + ofShelf + " AND x.kind = 'label') l")
                .map((rs, ctx) -> index.labelNames.put(rs.getLong(1), rs.getString(2)))
                .forEach(ignored -> { });
        Integer[] byRelease = new Integer[rowOfKey.size()];
        for (int row = 0; row < byRelease.length; row++) {
            byRelease[row] = row;
        }
        Arrays.sort(byRelease, (a, b) -> Long.compare(index.releaseIds[a], index.releaseIds[b]));
        for (int n = 0; n < byRelease.length; n++) {
            index.rowsByRelease[n] = byRelease[n];
            index.sortedReleaseIds[n] = index.releaseIds[byRelease[n]];
        }
        for (ShelfSort.Key key : ShelfSort.Key.values()) {
            int[] order = new int[size];
            int[] filled = {0};
            // SQLite orders, so that both ways agree on collation, NULLs and ties
            h.createQuery("SELECT i." + shelf.key() + " FROM " + shelf.table() + " i ORDER BY "
                            + new ShelfSort(key, false).orderBy(shelf))
                    .mapTo(Long.class)
                    .forEach(k -> {
                        Integer row = rowOfKey.get(k);
                        if (row != null && filled[0] < size) {
                            order[filled[0]++] = row;
                        }
                    });
            index.orders.put(key, order);
        }
        return index;
    }

    private static void readValues(Handle h, String sql, Map<Long, List<Integer>> rowsOfRelease, Strings strings,
                                   String[][] into) {
        Map<Long, List<String>> values = new HashMap<>();
        h.createQuery(sql)
                .map((rs, ctx) -> {
                    values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(strings.of(rs.getString(2)));
                    return null;
                })
                .forEach(ignored -> { });
        values.forEach((release, list) -> {
            String[] array = list.toArray(NONE);
            for (int row : rowsOfRelease.getOrDefault(release, List.of())) {
                into[row] = array;
            }
        });
    }

    /**
     * The rows that pass the filter; the caller must not change the set.
     *
     * @param textHits the release ids the filter's words match, ascending (null when the filter has no words)
     */
    BitSet matching(ShelfFilter filter, long[] textHits) {
        synchronized (matched) {
            BitSet known = matched.get(filter);
            if (known != null) {
                return known;
            }
        }
        BitSet rows = match(filter, textHits);
        synchronized (matched) {
            matched.put(filter, rows);
        }
        return rows;
    }

    private BitSet match(ShelfFilter filter, long[] textHits) {
        int size = keys.length;
        BitSet rows = new BitSet(size);
        if (textHits != null && (long) textHits.length * 8 < size) {
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
        } else if (textHits != null) {
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
        } else {
            rows.set(0, size);
        }
        for (Map.Entry<Facet, String> entry : filter.values().entrySet()) {
            rows.and(rowsWith(entry.getKey(), entry.getValue()));
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

    /**
     * How many of the rows have each value of the facet, ordered and cut as the facet's SQL does
     * ({@link Facet}): most first then by value, 30 at most, for formats, genres, styles, labels,
     * countries and conditions; every value in its own order for folders, decades, years and ratings.
     */
    List<FacetCount> counts(Facet facet, BitSet rows) {
        return switch (facet) {
            case FOLDER -> {
                Map<Long, long[]> n = new java.util.TreeMap<>();
                each(rows, row -> n.computeIfAbsent(folders[row], k -> new long[1])[0]++);
                List<FacetCount> out = new ArrayList<>();
                n.forEach((id, c) -> out.add(new FacetCount(Long.toString(id),
                        folderNames.getOrDefault(id, null) == null ? "Folder " + id : folderNames.get(id), c[0])));
                yield out;
            }
            case FORMAT -> mostFirst(tally(rows, row -> one(formats[row])));
            case SIZE -> {
                long[] n = new long[SizeOption.values().length];
                each(rows, row -> {
                    for (SizeOption option : SizeOption.values()) {
                        if ((sizes[row] & (1 << option.ordinal())) != 0) {
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
            case GENRE -> mostFirst(tally(rows, row -> distinct(genres[row])));
            case STYLE -> mostFirst(tally(rows, row -> distinct(styles[row])));
            case DECADE, YEAR -> {
                Map<Integer, long[]> n = new java.util.TreeMap<>();
                each(rows, row -> {
                    if (years[row] != NO_YEAR) {
                        n.computeIfAbsent(facet == Facet.DECADE ? years[row] / 10 * 10 : years[row], k -> new long[1])[0]++;
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
                    long[] ids = labels[row];
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
                        .map(e -> new FacetCount(Long.toString(e.getKey()), labelNames.get(e.getKey()), e.getValue()[0]))
                        .toList();
            }
            case COUNTRY -> mostFirst(tally(rows, row -> one(countries[row])));
            case RATING -> {
                Map<Integer, long[]> n = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
                each(rows, row -> n.computeIfAbsent(ratings[row], k -> new long[1])[0]++);
                List<FacetCount> out = new ArrayList<>();
                n.forEach((v, c) -> out.add(new FacetCount(Integer.toString(v), Integer.toString(v), c[0])));
                yield out;
            }
            case CONDITION -> mostFirst(tally(rows, row -> one(conditions[row])));
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
        return value == null || value.isEmpty() ? NONE : new String[] {value};
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
        return kept.toArray(NONE);
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

    /** The keys of one page of the matching rows in the given order. */
    List<Long> page(BitSet rows, ShelfSort sort, int offset, int limit) {
        int[] order = orders.get(sort.key());
        List<Long> page = new ArrayList<>(Math.min(limit, 128));
        boolean all = rows.cardinality() == order.length;
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

    /** One String object per distinct value, so a million genre cells cost a few dozen strings. */
    private static final class Strings {
        private final Map<String, String> seen;

        Strings(Map<String, String> seen) {
            this.seen = seen;
        }

        String of(String value) {
            return value == null ? null : seen.computeIfAbsent(value, v -> v);
        }
    }
}
