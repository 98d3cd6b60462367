package app.spindle.mirror.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;

/** The WHERE clause for a shelf and filter, with the values to bind to it. */
final class FilterSql {
    private final Shelf shelf;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private String textCondition;

    private FilterSql(Shelf shelf) {
        this.shelf = shelf;
    }

    static FilterSql of(Shelf shelf, ShelfFilter filter) {
        FilterSql sql = new FilterSql(shelf);
        filter.values().forEach((facet, value) -> {
            if (!facet.appliesTo(shelf)) {
                throw new IllegalArgumentException(facet.param() + " does not apply to " + shelf);
            }
            sql.conditions.add(facet.condition(value));
            switch (facet.kind()) {
                case NUMBER -> sql.values.put(facet.param(), Long.parseLong(value));
                case TEXT -> sql.values.put(facet.param(), value);
                case SIZE, PRICE -> { } // the condition is a constant
            }
        });
        String match = FtsQuery.of(filter.text());
        if (!match.isEmpty()) {
            sql.textCondition = "i.release_id IN (" + shelfHits() + ")";
            sql.conditions.add(sql.textCondition);
            sql.values.put("q", match);
        }
        return sql;
    }

    /**
     * The release ids of the shelves that the words {@code :q} match, from the shelves' own index (020_shelf_search.sql):
     * it lists the collection's and the wantlist's releases only, so on a mirror of the whole catalogue two letters do
     * not list the hundreds of thousands of records that hold them before a collection's few thousand are picked.
     */
    static String shelfHits() {
        return "SELECT s.rowid FROM shelf_search s WHERE shelf_search MATCH :q";
    }

    /** As {@link #shelfHits}, each release id with how well the words fit it (bm25, lower is better). */
    static String scores() {
        return scores("q");
    }

    private static String scores(String words) {
        return "SELECT s.rowid AS release_id, bm25(shelf_search, " + BestMatch.COLUMN_WEIGHTS + ") AS relevance"
                + " FROM shelf_search s WHERE shelf_search MATCH :" + words;
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    String from() {
        return " FROM " + shelf.table() + " i" + where();
    }

    /**
     * The same rows, written so that SQLite walks the index of the requested order and tests each row
     * against the filter, instead of finding every match through the filter's own index and sorting them
     * all. A unary {@code +} before a condition's column keeps SQLite from using an index for it. When the
     * matches are a fair share of the shelf ("the" matches most records), the first page is then found
     * after a few hundred rows rather than after sorting tens of thousands: 182 ms became 25 ms on a
     * 100,000-record collection. For rare matches the filter's index stays the better road.
     */
    String fromInOrder() {
        return " FROM " + shelf.table() + " i"
                + (conditions.isEmpty() ? "" : " WHERE +" + String.join(" AND +", conditions));
    }

    /**
     * The same rows joined to how well the words fit each, for {@link ShelfSort#BEST_MATCH} (see {@link BestMatch}):
     * {@code n.relevance}, bm25 over the artist and title, is set for the records whose artist or title hold every
     * word; {@code s.relevance} is bm25 over every column (artists, title, labels, catnos, tracks, identifiers, genres
     * and styles), the artist and the title weighing most.
     */
    String fromRanked(String text) {
        if (textCondition == null) {
            throw new IllegalStateException("ranking needs words");
        }
        values.put("named", FtsQuery.inArtistOrTitle(text));
        List<String> others = conditions.stream().filter(c -> !c.equals(textCondition)).toList();
        return " FROM " + shelf.table() + " i JOIN s ON s.release_id = i.release_id"
                + " LEFT JOIN n ON n.release_id = i.release_id"
                + (others.isEmpty() ? "" : " WHERE " + String.join(" AND ", others));
    }

    /**
     * The scores {@link #fromRanked} joins, each found once. As subqueries joined in place, SQLite folded the
     * artist-or-title scores into the join and asked the full-text index again for every matching entry: a
     * two-letter word on a shelf of 100,000 took 68 s while the shelf was not yet held in memory; 0.3 s so.
     */
    String withRanked() {
        return "WITH s AS MATERIALIZED (" + scores("q") + "), n AS MATERIALIZED (" + scores("named") + ") ";
    }

    <T extends SqlStatement<T>> T bind(T statement) {
        values.forEach(statement::bind);
        return statement;
    }
}
