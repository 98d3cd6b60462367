package app.spindle.mirror;

import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteException;

/**
 * Whether SQLite has found the database file damaged since start. The first time it does (a failing disk,
 * a file copied over while open), the log says so in one line; from then on pages answer with what to do
 * instead of failing one by one, and {@code /api/status} says so.
 */
public final class DatabaseHealth {
    private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);

    private final Path file;
    private volatile String problem;

    public DatabaseHealth(Path file) {
        this.file = file;
    }

    /** Whether {@code failure} (or a cause) is SQLite saying the file is damaged or not a database. */
    public static Optional<SQLiteException> damage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                String code = sqlite.getResultCode().name();
                if (code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB")) {
                    return Optional.of(sqlite);
                }
            }
        }
        return Optional.empty();
    }

    /** Records the damage {@code failure} shows, if it shows any; true when it does. */
    public boolean noteIfDamaged(Throwable failure) {
        Optional<SQLiteException> damage = damage(failure);
        damage.ifPresent(d -> noteDamage(d.getResultCode().message));
        return damage.isPresent();
    }

    /** Records damage SQLite reported in words, e.g. by its integrity check run after start. */
    public synchronized void noteDamage(String sqliteSays) {
        if (problem == null) {
            problem = "The database file is damaged (SQLite says: " + sqliteSays
                    + "): stop Spindle and restore a backup from the backups folder in the data folder, or run"
                    + " 'java -jar spindle.jar salvage' to keep your settings, matches and pending changes in a"
                    + " fresh database that a sync fills again.";
            log.error("The database {} is damaged (SQLite says: {}); pages answer 503 until it is restored or salvaged",
                    file.toAbsolutePath(), sqliteSays);
        }
    }

    /** The sentence pages show once the file was found damaged; empty while it is sound. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
