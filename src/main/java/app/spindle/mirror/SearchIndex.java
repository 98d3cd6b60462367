package app.spindle.mirror;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The full-text index over releases: artist names, titles, labels, catalog numbers, track titles and
 * identifier values (so a matrix etching finds its record), genres and styles. One row per release,
 * rebuilt from the release's rows whenever they change.
 */
public final class SearchIndex {
    /** Inserts the index rows of the releases it is given a WHERE clause for. */
    private static final String INSERT_ROWS = """
            INSERT INTO release_search (rowid, artists, title, labels, catnos, tracks, identifiers, tags)
            SELECT r.id,
                concat_ws(' ', r.artist_credit,
                    (SELECT group_concat(concat_ws(' ', name, anv), ' ') FROM release_artists
                        WHERE release_id = r.id AND kind = 'main'),
                    (SELECT group_concat(concat_ws(' ', name, anv), ' ') FROM track_artists
                        WHERE release_id = r.id AND kind = 'main')),
                r.title,
                (SELECT group_concat(name, ' ') FROM release_labels WHERE release_id = r.id AND kind <> 'company'),
                (SELECT group_concat(concat_ws(' ', catno, catno_key), ' ') FROM release_labels
                    WHERE release_id = r.id AND kind <> 'company'),
                (SELECT group_concat(title, ' ') FROM tracks WHERE release_id = r.id),
                (SELECT group_concat(concat_ws(' ', value, value_key), ' ') FROM release_identifiers
                    WHERE release_id = r.id),
                concat_ws(' ',
                    (SELECT group_concat(genre, ' ') FROM release_genres WHERE release_id = r.id),
                    (SELECT group_concat(style, ' ') FROM release_styles WHERE release_id = r.id))
            FROM releases r
            """;

    /** Inserts the index row of release {@code :id} from its rows; bulk writers prepare it once. */
    public static final String REINDEX = INSERT_ROWS + " WHERE r.id = :id";

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

    static String matchQuery(String text) {
        if (text == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                terms.add("\"" + word + "\"*");
            }
        }
        return String.join(" ", terms);
    }
}
