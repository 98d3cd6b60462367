package app.spindle.mirror;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secondary indexes of the release tables and the full-text index, which a bulk load of the whole
 * catalogue builds once at its end instead of row by row: an index kept up during the load is written
 * again with every batch (most of the load's disk writes), while one built afterwards is one sort, and
 * smaller. The statements are those of the migrations; {@code ReleaseIndexesTest} holds them equal.
 * An index missing from the schema is the mark of a bulk load that has not finished: the next one
 * builds it.
 */
public final class ReleaseIndexes {
    private static final Logger log = LoggerFactory.getLogger(ReleaseIndexes.class);
    /** Kept during the load: the sync's details queue reads it, and every imported row appends to it. */
    static final List<String> DEFERRED = List.of(
            "CREATE INDEX releases_country ON releases (country)",
            "CREATE INDEX releases_master ON releases (master_id)",
            "CREATE INDEX releases_year ON releases (year)",
            "CREATE INDEX release_artists_artist ON release_artists (artist_id, release_id)",
            "CREATE INDEX track_artists_artist ON track_artists (artist_id, release_id)",
            "CREATE INDEX release_labels_label ON release_labels (label_id, release_id)",
            "CREATE INDEX release_labels_catno ON release_labels (catno_key) WHERE catno_key <> ''",
            "CREATE INDEX release_formats_size ON release_formats (size, release_id) WHERE size IS NOT NULL",
            "CREATE INDEX release_formats_name ON release_formats (name, release_id)",
            "CREATE INDEX release_identifiers_value ON release_identifiers (value_key) WHERE value_key <> ''",
            "CREATE INDEX release_genres_genre ON release_genres (genre, release_id)",
            "CREATE INDEX release_styles_style ON release_styles (style, release_id)");

    private static final String HASH_SIZE = "INSERT INTO release_search (release_search, rank) VALUES ('hashsize', ?)";
    private static final int BULK_HASH_SIZE = 64 << 20;
    private static final int DEFAULT_HASH_SIZE = 1 << 20;

    private ReleaseIndexes() {
    }

    /** True when a bulk load dropped the indexes and has not built them again yet. */
    public static boolean deferred(Handle h) {
        Set<String> present = new HashSet<>(h.createQuery("SELECT name FROM sqlite_master WHERE type = 'index'")
                .mapTo(String.class).list());
        return DEFERRED.stream().anyMatch(sql -> !present.contains(name(sql)));
    }

    /** Drops the indexes and stops indexing releases for search until {@link #build} runs. */
    public static void defer(Handle h) {
        for (String sql : DEFERRED) {
            h.execute("DROP INDEX IF EXISTS " + name(sql));
        }
    }

    /**
     * Rebuilds the full-text index of every release, then each missing index (each its own
     * transaction, so an interrupted build keeps what it finished and the next load does the rest).
     */
    public static void build(Handle h) {
        long started = System.nanoTime();
        h.useTransaction(t -> {
            // FTS5 writes its pending terms out as a new segment whenever they pass 'hashsize' (1 MB), then merges
            // the segments again and again as they pile up: with room for 64 MB the build writes a 64th of the
            // segments and merges far less (10.3 → 8.5 s of CPU at 100,000 releases, FtsBuild in src/bench).
            // The memory is SQLite's, outside the Java heap, and only for this statement.
            t.execute(HASH_SIZE, BULK_HASH_SIZE);
            SearchIndex.rebuildAll(t);
            t.execute(HASH_SIZE, DEFAULT_HASH_SIZE);
        });
        log.info("Built the full-text index in {} s", seconds(started));
        for (String sql : DEFERRED) {
            long indexStarted = System.nanoTime();
            h.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
            log.info("Built {} in {} s", name(sql), seconds(indexStarted));
        }
    }

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }

    static String name(String sql) {
        return sql.split(" ")[2];
    }
}
