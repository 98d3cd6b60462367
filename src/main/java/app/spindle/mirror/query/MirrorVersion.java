package app.spindle.mirror.query;

import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A number that changes whenever anything is written to the mirror: SQLite's {@code PRAGMA data_version}
 * on one connection kept for the purpose, which moves whenever another connection commits. Caches of
 * derived figures (facet counts, stats) compare it instead of guessing how long they stay true.
 */
public final class MirrorVersion implements AutoCloseable {
    private final Jdbi jdbi;
    private final ReentrantLock lock = new ReentrantLock();
    private Handle handle;
    private volatile long readsDone;
    private volatile long last;

    public MirrorVersion(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The version as of a moment after this call began. Reads are serialised; a caller that waited while
     * two reads finished takes the second one's answer, since that read began after the caller arrived.
     */
    public long current() {
        long seen = readsDone;
        lock.lock();
        try {
            if (readsDone - seen >= 2) {
                return last;
            }
            if (handle == null) {
                handle = jdbi.open();
            }
            last = handle.createQuery("PRAGMA data_version").mapTo(Long.class).one();
            readsDone++;
            return last;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (handle != null) {
                handle.close();
                handle = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
