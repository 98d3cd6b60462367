package app.spindle.mirror.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    private PreparedStatement statement;
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
                // prepared once: it is asked several times a request, and Jdbi's statement building costs more than the read
                statement = handle.getConnection().prepareStatement("PRAGMA data_version");
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
            }
            readsDone++;
            return last;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the mirror's version", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (handle != null) {
                try {
                    if (statement != null) {
                        statement.close();
                    }
                } catch (SQLException e) {
                    // the connection is closed next anyway
                }
                statement = null;
                handle.close();
                handle = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
