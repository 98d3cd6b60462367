package app.spindle.mirror;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/** Applies the migrations newer than {@code PRAGMA user_version}, each in its own transaction. */
final class Migrator {
    private static final Logger log = LoggerFactory.getLogger(Migrator.class);

    private final Handle handle;
    private final List<Migration> migrations;

    Migrator(Handle handle, List<Migration> migrations) {
        this.handle = handle;
        this.migrations = migrations;
    }

    int migrate() {
        int current = handle.createQuery("PRAGMA user_version").mapTo(Integer.class).one();
        int known = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
        if (current > known) {
            throw new DatabaseTooNewException(current, known);
        }
        // a new database is one step to its user, not twenty lines of our history; an upgrade names each migration
        boolean fresh = current == 0;
        if (fresh && known > 0) {
            log.info("A new database: building schema version {}", known);
        }
        for (Migration m : migrations) {
            if (m.version() <= current) {
                continue;
            }
            log.atLevel(fresh ? Level.DEBUG : Level.INFO).log("Applying migration {} ({})", m.version(), m.name());
            handle.useTransaction(h -> {
                run(h, m.sql());
                // user_version cannot take a bound parameter; the number comes from our own file name
                h.execute("PRAGMA user_version = " + m.version());
            });
            current = m.version();
        }
        return current;
    }

    /**
     * The SQLite driver runs every statement of the text (sqlite3_exec), split by SQLite itself; Jdbi's script
     * runner would split it with its own lexer and read each statement again for parameters, the most of a new
     * database's set-up time (BENCHMARKS.md).
     */
    private static void run(Handle h, String sql) {
        try (Statement statement = h.getConnection().createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }
}
