package app.spindle.mirror;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * The mirror's connections, kept open when a handle closes and handed to the next one. A new SQLite connection
 * applies its pragmas and parses the whole schema (every table, index, trigger and full-text table) before its
 * first statement: about a millisecond, more than most statements the sync, the covers and the price pass then
 * run on it. A kept connection is handed out only as it was opened: outside a transaction and with no settings
 * of its own ({@link #closeAfterUse}). Never blocks: with none idle, a new one is opened.
 */
final class KeptConnections implements ConnectionFactory {
    private static final int KEPT = 8;

    private final DataSource source;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(KEPT);
    private final Set<Connection> changed = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    KeptConnections(DataSource source) {
        this.source = source;
    }

    @Override
    public Connection openConnection() throws SQLException {
        Connection kept = idle.poll();
        return kept != null ? kept : source.getConnection();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        boolean keep;
        try {
            keep = !changed.remove(connection) && !closed && !connection.isClosed() && connection.getAutoCommit();
        } catch (SQLException e) {
            keep = false; // a connection that cannot say its state is not handed on
        }
        if (!keep || !idle.offer(connection)) {
            connection.close();
        } else if (closed && idle.remove(connection)) {
            connection.close(); // closed meanwhile: close() may have emptied the queue before this one went in
        }
    }

    /** This connection's settings were changed (e.g. foreign keys off for a bulk load): closed after use, not kept. */
    void closeAfterUse(Connection connection) {
        changed.add(connection);
    }

    /** Closes the idle connections; those in use are closed as they come back. */
    void close() throws SQLException {
        closed = true;
        Connection connection;
        while ((connection = idle.poll()) != null) {
            connection.close();
        }
    }
}
