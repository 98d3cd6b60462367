package app.spindle.dump;

import app.spindle.mirror.ReleaseIndexes;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.sqlite.SQLiteConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an {@code --all} import sets up its own connection, and whether it loads the catalogue into a
 * mirror that does not hold it yet. Such a fresh load drops the secondary indexes and leaves the
 * full-text index until its end ({@link ReleaseIndexes}); a load over a mirror that already holds most
 * of the file (next month's dump) keeps them, since it rewrites few releases.
 */
record BulkLoad(boolean deferred) {
    private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

    static BulkLoad prepare(Handle h, long expectedRecords) {
        try {
            // Rows are inserted parent first from one mapping, so the per-row foreign key look-ups can
            // only ever pass; and no caller reads generated keys, which sqlite-jdbc otherwise asks
            // SQLite for after every insert. Both hold for this connection only, closed after the import
            // (DumpImporter runs it on a connection of its own, not kept for the next handle).
            h.execute("PRAGMA foreign_keys = OFF");
            h.getConnection().unwrap(SQLiteConnection.class).getConnectionConfig().setGetGeneratedKeys(false);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the bulk import: " + e.getMessage(), e);
        }
        // a larger page cache for this connection only: the tables' last pages stay in memory between batches
        h.execute("PRAGMA cache_size = -65536");
        long stored = h.createQuery("SELECT count(*) FROM releases").mapTo(Long.class).one();
        boolean deferred = ReleaseIndexes.deferred(h) || stored < expectedRecords / 4;
        if (deferred) {
            log.info("Loading the catalogue into a mirror of {} releases: indexes are built at the end", stored);
            ReleaseIndexes.defer(h);
        }
        return new BulkLoad(deferred);
    }

    /** Builds what the load deferred: the full-text index of every release, then the secondary indexes. */
    void finish(Handle h) {
        if (deferred) {
            long started = System.nanoTime();
            ReleaseIndexes.build(h);
            log.info("Built the search and release indexes in {} s", (System.nanoTime() - started) / 1_000_000_000);
        }
        // The write-ahead log grows to the load's largest transaction (the full-text build's: 657 MB at 1 M
        // releases) and keeps that size on disk: write it into the database and give the space back.
        h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().list();
    }
}
