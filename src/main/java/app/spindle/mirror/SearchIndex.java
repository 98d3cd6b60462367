package app.spindle.mirror;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The full-text index over releases: artist names, titles, labels, catalog numbers, track titles and
 * identifier values (so a matrix etching finds its record), genres and styles. One row per release,
 * rebuilt from the release's rows whenever they change; a second index with the same rows holds the releases of the
 * collection and the wantlist only, for searching a shelf.
 */
public final class SearchIndex {
    private static final String COLUMNS = "(rowid, artists, title, labels, catnos, tracks, identifiers, tags)";
    /** Narrows a fill to release {@code :id}. */
    private static final String ONE = " WHERE r.id = :id";
    /** Narrows a fill to the releases in {@code :ids}, a JSON array of ids. */
    private static final String BATCH = " WHERE r.id IN (SELECT value FROM json_each(:ids))";

    /**
     * Inserts the index row of every release, read through the view {@code release_search_rows} that says what a
     * release's row holds (020_shelf_search.sql): the rows written here for one release are the rows a rebuild writes.
     */
    private static final String INSERT_ROWS = fill("release_search");

    /** Inserts the index row of release {@code :id} from its rows; bulk writers prepare it once. */
    public static final String REINDEX = INSERT_ROWS + ONE;

    /**
     * Inserts the index rows of the releases in {@code :ids}, a JSON array of ids in ascending order, in one statement.
     * A batch's rows go in together because FTS5 writes its pending terms out as a new segment at the end of each
     * statement inside a transaction: row by row, a batch of 400 releases left 400 tiny segments whose forced merges
     * rewrote most of a 1 M-release index (1.5 GB of log for one batch; BENCHMARKS.md, issue 19).
     */
    public static final String REINDEX_ALL = INSERT_ROWS + BATCH;

    /** Deletes the index rows of the releases in {@code :ids} (a JSON array), in one statement for the same reason. */
    public static final String UNINDEX_ALL = unindexAll("release_search");

    /** The release {@code r} is in the collection or on the wantlist. */
    private static final String ON_A_SHELF = " AND (EXISTS (SELECT 1 FROM collection_items WHERE release_id = r.id)"
            + " OR EXISTS (SELECT 1 FROM wants WHERE release_id = r.id))";

    /**
     * The index of the shelves' releases only (shelf_search, 020_shelf_search.sql), which shelf searches ask: its
     * triggers add and remove a release as it comes onto and leaves the shelves; a writer of a release's rows
     * rewrites its row there as it does in release_search, with these. The whole fill starts from the shelves' ids
     * (a few thousand lookups on a mirror of the whole catalogue, not a million).
     */
    private static final String INSERT_SHELF_ROWS = fill("shelf_search")
            + " WHERE r.id IN (SELECT release_id FROM collection_items UNION SELECT release_id FROM wants)";

    /** As {@link #REINDEX}, into the shelves' index, if the release is on a shelf. */
    public static final String SHELF_REINDEX = fill("shelf_search") + ONE + ON_A_SHELF;

    /** As {@link #REINDEX_ALL}, into the shelves' index, for those of the releases on a shelf. */
    public static final String SHELF_REINDEX_ALL = fill("shelf_search") + BATCH + ON_A_SHELF;

    /** As {@link #UNINDEX_ALL}, from the shelves' index. */
    public static final String SHELF_UNINDEX_ALL = unindexAll("shelf_search");

    /** The {@code :ids} value of the statements above that take several releases: a JSON array, in ascending order. */
    public static String idsArray(SortedSet<Long> ids) {
        StringJoiner json = new StringJoiner(",", "[", "]");
        ids.forEach(id -> json.add(Long.toString(id)));
        return json.toString();
    }

    private final Jdbi jdbi;

    public SearchIndex(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Rebuilds both indexes whole, inside the caller's transaction: after a bulk load that deferred them. */
    static void rebuildAll(Handle h) {
        h.execute("INSERT INTO release_search (release_search) VALUES ('delete-all')");
        h.execute(INSERT_ROWS);
        h.execute("INSERT INTO shelf_search (shelf_search) VALUES ('delete-all')");
        h.execute(INSERT_SHELF_ROWS);
    }

    /** Inserts into a full-text index the rows of the view, aliased {@code r} so that a WHERE clause can narrow it. */
    private static String fill(String index) {
        return "INSERT INTO " + index + " " + COLUMNS + " SELECT * FROM release_search_rows r";
    }

    private static String unindexAll(String index) {
        return "DELETE FROM " + index + " WHERE rowid IN (SELECT value FROM json_each(:ids))";
    }

    /**
     * Release ids whose text holds every word of {@code text} (as a word prefix), best first. Words are
     * quoted, so FTS syntax in user input (quotes, AND, *, -) is searched for, never interpreted.
     */
    public List<Long> search(String text, int limit) {
        String query = matchQuery(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT rowid FROM release_search WHERE release_search MATCH :q
                        ORDER BY bm25(release_search, 4.0, 4.0, 2.0, 3.0, 1.0, 2.0, 2.0) LIMIT :limit
                        """)
                .bind("q", query).bind("limit", limit).mapTo(Long.class).list());
    }

    static String matchQuery(String text) {
        if (text == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        Matcher word = SearchKeys.WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            terms.add("\"" + word.group() + "\"*");
        }
        return String.join(" ", terms);
    }
}
