package app.spindle.mirror.query;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The read side's connections to the mirror, kept open between requests. Opening a SQLite connection
 * and parsing the schema costs about a millisecond, and a fresh connection starts with a cold page
 * cache: at hundreds of page views a second that was most of the work. In WAL mode an idle open
 * connection holds no lock and sees every commit at its next statement. Also owns the
 * {@link MirrorVersion} the caches compare.
 */
public final class MirrorReads implements ReadSide, AutoCloseable {
    private static final int KEPT = 8;

    private final Jdbi jdbi;
    private final BlockingQueue<Handle> idle = new ArrayBlockingQueue<>(KEPT);
    private final MirrorVersion version;
    private volatile boolean closed;

    public MirrorReads(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.version = new MirrorVersion(jdbi);
    }

    public MirrorVersion version() {
        return version;
    }

    /** Runs read-only work on a kept-open connection (outside any transaction). */
    @Override
    public <T> T with(Function<Handle, T> work) {
        Handle handle = idle.poll();
        if (handle == null) {
            handle = jdbi.open();
        }
        boolean reusable = false;
        try {
            T result = work.apply(handle);
            reusable = !handle.isInTransaction();
            return result;
        } finally {
            if (!reusable || closed || !idle.offer(handle)) {
                handle.close();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Handle handle;
        while ((handle = idle.poll()) != null) {
            handle.close();
        }
        version.close();
    }
}
