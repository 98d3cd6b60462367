package app.spindle.mirror.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Reads a {@link ShelfIndex} from the mirror: the shelf's rows, their genres, styles and labels, names, and every order. */
final class ShelfIndexReader {
    private ShelfIndexReader() {
    }

    /** Reads the shelf as it is now; {@code version} must have been taken before the first read. */
    static ShelfIndex read(Handle h, Shelf shelf, long version) {
        int size = h.createQuery("SELECT count(*) FROM " + shelf.table()).mapTo(Integer.class).one();
        ShelfIndex index = new ShelfIndex(version, size);
        Map<Long, Integer> rowOfKey = new HashMap<>(size * 2);
        Map<Long, List<Integer>> rowsOfRelease = new HashMap<>(size * 2);
        Strings strings = new Strings(index.dictionary);
        boolean collection = shelf == Shelf.COLLECTION;
        StringBuilder choiceColumns = new StringBuilder();
        for (SizeOption option : SizeOption.values()) {
            choiceColumns.append(", (").append(option.condition()).append(") AS size_").append(option.ordinal());
        }
        for (PriceOption option : PriceOption.values()) {
            choiceColumns.append(", ").append(collection ? "0" : "(" + option.condition() + ")")
                    .append(" AS price_").append(option.ordinal());
        }
        h.createQuery("SELECT i." + shelf.key() + " AS item_key, i.release_id, i.year, i.rating, i.format_name, "
                        + (collection ? "i.folder_id, i.media_condition" : "NULL AS folder_id, NULL AS media_condition")
                        + ", r.country" + choiceColumns + " FROM " + shelf.table() + " i"
                        + " LEFT JOIN releases r ON r.id = i.release_id")
                .map((rs, ctx) -> {
                    int row = rowOfKey.size();
                    if (row >= size) {
                        return null; // a row written after the count: this index is stale already and never used
                    }
                    index.keys[row] = rs.getLong("item_key");
                    index.releaseIds[row] = rs.getLong("release_id");
                    int year = rs.getInt("year");
                    index.years[row] = rs.wasNull() ? ShelfIndex.NO_YEAR : year;
                    index.ratings[row] = rs.getInt("rating");
                    index.formats[row] = strings.of(rs.getString("format_name"));
                    long folder = rs.getLong("folder_id");
                    index.folders[row] = rs.wasNull() ? -1 : folder;
                    index.conditions[row] = strings.of(rs.getString("media_condition"));
                    index.countries[row] = strings.of(rs.getString("country"));
                    index.sizes[row] = bits(rs, "size_", SizeOption.values().length);
                    index.prices[row] = bits(rs, "price_", PriceOption.values().length);
                    rowOfKey.put(index.keys[row], row);
                    rowsOfRelease.computeIfAbsent(index.releaseIds[row], k -> new ArrayList<>(1)).add(row);
                    return null;
                })
                .forEach(ignored -> { });
        Arrays.fill(index.genres, ShelfIndex.NONE);
        Arrays.fill(index.styles, ShelfIndex.NONE);
        Arrays.fill(index.labels, ShelfIndex.NO_LABELS);
        String ofShelf = " WHERE x.release_id IN (SELECT release_id FROM " + shelf.table() + ")";
        spread(valuesByRelease(h, "SELECT x.release_id, x.genre FROM release_genres x" + ofShelf,
                rs -> strings.of(rs.getString(2))), rowsOfRelease, list -> list.toArray(ShelfIndex.NONE), index.genres);
        spread(valuesByRelease(h, "SELECT x.release_id, x.style FROM release_styles x" + ofShelf,
                rs -> strings.of(rs.getString(2))), rowsOfRelease, list -> list.toArray(ShelfIndex.NONE), index.styles);
        spread(valuesByRelease(h, "SELECT x.release_id, x.label_id FROM release_labels x" + ofShelf
                        + " AND x.kind = 'label'", rs -> rs.getLong(2)), rowsOfRelease,
                list -> list.stream().mapToLong(Long::longValue).toArray(), index.labels);
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
            if (key.ranksByWords()) {
                continue;
            }
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
        index.facets();
        index.places(ShelfSort.Key.ADDED); // best match's ties go newest first
        return index;
    }

    /** The columns {@code prefix0}, {@code prefix1}… as one bit each, set where the column is true. */
    private static byte bits(java.sql.ResultSet rs, String prefix, int count) throws java.sql.SQLException {
        byte bits = 0;
        for (int n = 0; n < count; n++) {
            if (rs.getInt(prefix + n) != 0) {
                bits |= (byte) (1 << n);
            }
        }
        return bits;
    }

    /** The second column of each row, grouped by the release id in the first, in the order read. */
    private static <T> Map<Long, List<T>> valuesByRelease(Handle h, String sql, Column<T> value) {
        Map<Long, List<T>> values = new HashMap<>();
        h.createQuery(sql)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), value.of(rs)))
                .forEach(e -> values.computeIfAbsent(e.getKey(), k -> new ArrayList<>(2)).add(e.getValue()));
        return values;
    }

    /** Gives every row of a release that release's values, as one shared array. */
    private static <T, A> void spread(Map<Long, List<T>> values, Map<Long, List<Integer>> rowsOfRelease,
                                      java.util.function.Function<List<T>, A> toArray, A[] into) {
        values.forEach((release, list) -> {
            A array = toArray.apply(list);
            for (int row : rowsOfRelease.getOrDefault(release, List.of())) {
                into[row] = array;
            }
        });
    }

    private interface Column<T> {
        T of(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    /** One String object per distinct value, so a million genre cells cost a few dozen strings. */
    private static final class Strings {
        final Map<String, String> seen;

        Strings(Map<String, String> seen) {
            this.seen = seen;
        }

        String of(String value) {
            return value == null ? null : seen.computeIfAbsent(value, v -> v);
        }
    }
}
