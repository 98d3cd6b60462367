package app.spindle.mirror;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * Statements prepared once on a handle's connection and run again for every release a sync writes. Through a
 * SqlObject each call is prepared, bound by reflection and closed again, ~16 µs of Jdbi for ~25 statements a
 * release (BENCHMARKS.md, the suite's round 5). The statements outlive the transactions on their connection
 * (commit and rollback only reset them) and must be closed before it.
 */
final class KeptStatements implements AutoCloseable {
    private final Connection connection;
    private final SQLiteConnectionConfig config;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    KeptStatements(Handle h) {
        this.connection = h.getConnection();
        try {
            this.config = connection.unwrap(SQLiteConnection.class).getConnectionConfig();
        } catch (SQLException e) {
            throw new IllegalStateException("the mirror's connections are SQLite's", e);
        }
    }

    /** Runs an INSERT, UPDATE or DELETE with these values in order; returns the rows changed. */
    int update(String sql, Object... values) {
        // The driver runs "SELECT last_insert_rowid()" after every INSERT unless told not to (a tenth of a
        // release's write); none of these needs the key, statements run through Jdbi may.
        boolean keys = config.isGetGeneratedKeys();
        config.setGetGeneratedKeys(false);
        try {
            return bound(sql, values).executeUpdate();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(sql, e, null);
        } finally {
            config.setGetGeneratedKeys(keys);
        }
    }

    /** The first column of the first row as a boolean, false when there is no row. */
    boolean test(String sql, Object... values) {
        try (ResultSet rs = bound(sql, values).executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(sql, e, null);
        }
    }

    private PreparedStatement bound(String sql, Object[] values) throws SQLException {
        PreparedStatement s = prepared.get(sql);
        if (s == null) {
            s = connection.prepareStatement(sql);
            prepared.put(sql, s);
        }
        for (int i = 0; i < values.length; i++) {
            Bindings.bind(s, i + 1, values[i]);
        }
        return s;
    }

    @Override
    public void close() {
        SQLException failed = null;
        for (PreparedStatement s : prepared.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                failed = e;
            }
        }
        prepared.clear();
        if (failed != null) {
            throw new UnableToExecuteStatementException("closing kept statements", failed, null);
        }
    }
}
