package app.spindle.mirror.query;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A number that changes whenever anything is written to the mirror: SQLite's {@code PRAGMA data_version}
 * on one connection kept for the purpose, which moves whenever another connection commits. Caches of
 * derived figures (facet counts, stats) compare it instead of guessing how long they stay true.
 */
public final class MirrorVersion implements AutoCloseable {
    private final Jdbi jdbi;
    private Handle handle;

    public MirrorVersion(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public synchronized long current() {
        if (handle == null) {
            handle = jdbi.open();
        }
        return handle.createQuery("PRAGMA data_version").mapTo(Long.class).one();
    }

    @Override
    public synchronized void close() {
        if (handle != null) {
            handle.close();
            handle = null;
        }
    }
}
