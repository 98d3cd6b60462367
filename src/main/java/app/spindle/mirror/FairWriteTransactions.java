package app.spindle.mirror;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Write transactions of this process take their turn in arrival order. Left to SQLite, a writer waiting on
 * the busy timeout polls with growing sleeps while the sync commits one batch after another with microseconds
 * between them, so a page that stores a browsed release could wait out the whole timeout and fail (seen at load
 * 45). A fair lock queues it behind the one transaction running now. Other processes still meet the busy timeout.
 */
final class FairWriteTransactions implements TransactionHandler {
    private final TransactionHandler delegate;
    private final ReentrantLock turn;

    FairWriteTransactions(TransactionHandler delegate) {
        this(delegate, new ReentrantLock(true));
    }

    private FairWriteTransactions(TransactionHandler delegate, ReentrantLock turn) {
        this.delegate = delegate;
        this.turn = turn;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        turn.lock();
        try {
            return delegate.inTransaction(handle, callback);
        } finally {
            turn.unlock();
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        turn.lock();
        try {
            return delegate.inTransaction(handle, level, callback);
        } finally {
            turn.unlock();
        }
    }

    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        return new FairWriteTransactions(delegate.specialize(handle), turn);
    }

    @Override
    public void begin(Handle handle) {
        delegate.begin(handle);
    }

    @Override
    public void commit(Handle handle) {
        delegate.commit(handle);
    }

    @Override
    public void rollback(Handle handle) {
        delegate.rollback(handle);
    }

    @Override
    public boolean isInTransaction(Handle handle) {
        return delegate.isInTransaction(handle);
    }

    @Override
    public void savepoint(Handle handle, String name) {
        delegate.savepoint(handle, name);
    }

    @Override
    public void rollbackToSavepoint(Handle handle, String name) {
        delegate.rollbackToSavepoint(handle, name);
    }

    @Override
    public void releaseSavepoint(Handle handle, String name) {
        delegate.releaseSavepoint(handle, name);
    }
}
