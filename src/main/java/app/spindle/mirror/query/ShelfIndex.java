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
    /** For each sort key, every row in ascending order; descending is the same walked backwards. */
    private final Map<ShelfSort.Key, int[]> orders;
    private final Map<FacetValue, BitSet> valueRows = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FacetValue, BitSet> eldest) {
            return size() > 256;
        }
    };
    /** The rows of the last filters asked for: a page asks for its count and then its entries. */
    private final Map<ShelfFilter, BitSet> matched = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ShelfFilter, BitSet> eldest) {
            return size() > 32;
        }
    };

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
        if (textHits != null) {
            // both sorted by release id: one merge
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
