package app.spindle.mirror;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The full-text index over releases: artist names, titles, labels, catalog numbers, track titles and
 * identifier values (so a matrix etching finds its record), genres and styles. One row per release,
 * rebuilt from the release's rows whenever they change.
 */
public final class SearchIndex {
    private static final String FILL_START = "INSERT INTO release_search (rowid,";
    /** The fill must end here so that a WHERE clause can narrow it to one release. */
    private static final String FILL_END = "FROM releases r";

    /**
     * Inserts the index row of every release: the full rebuild of the newest migration that (re)made the index,
     * read from that migration, so the rows written here for one release are the rows the rebuild writes.
     */
    private static final String INSERT_ROWS = newestFill(Migrations.all());

    /** Inserts the index row of release {@code :id} from its rows; bulk writers prepare it once. */
    public static final String REINDEX = INSERT_ROWS + " WHERE r.id = :id";

    /**
     * Inserts the index rows of the releases in {@code :ids}, a JSON array of ids in ascending order, in one statement.
     * A batch's rows go in together because FTS5 writes its pending terms out as a new segment at the end of each
     * statement inside a transaction: row by row, a batch of 400 releases left 400 tiny segments whose forced merges
     * rewrote most of a 1 M-release index (1.5 GB of log for one batch; BENCHMARKS.md, issue 19).
     */
    public static final String REINDEX_ALL = INSERT_ROWS + " WHERE r.id IN (SELECT value FROM json_each(:ids))";

    /** Deletes the index rows of the releases in {@code :ids} (a JSON array), in one statement for the same reason. */
    public static final String UNINDEX_ALL = "DELETE FROM release_search WHERE rowid IN (SELECT value FROM json_each(:ids))";

    private final Jdbi jdbi;

    public SearchIndex(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Rebuilds the index row of one release, inside the caller's transaction. */
    static void reindex(Handle h, long releaseId) {
        h.createUpdate("DELETE FROM release_search WHERE rowid = :id").bind("id", releaseId).execute();
        h.createUpdate(REINDEX).bind("id", releaseId).execute();
    }

    /** Rebuilds the whole index, inside the caller's transaction: after a bulk load that deferred it. */
    static void rebuildAll(Handle h) {
        h.execute("INSERT INTO release_search (release_search) VALUES ('delete-all')");
        h.execute(INSERT_ROWS);
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

    /** The statement of the newest migration that fills the index, ending {@code FROM releases r}. */
    static String newestFill(List<Migration> migrations) {
        for (int i = migrations.size() - 1; i >= 0; i--) {
            String sql = migrations.get(i).sql();
            int start = sql.indexOf(FILL_START);
            if (start < 0) {
                continue;
            }
            int end = sql.indexOf(';', start);
            String fill = (end < 0 ? sql.substring(start) : sql.substring(start, end)).strip();
            if (!fill.endsWith(FILL_END)) {
                throw new IllegalStateException("migration " + migrations.get(i).version()
                        + " fills release_search but does not end the fill with '" + FILL_END + "'");
            }
            return fill;
        }
        throw new IllegalStateException("no migration fills release_search");
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
