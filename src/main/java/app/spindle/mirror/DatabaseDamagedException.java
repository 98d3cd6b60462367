package app.spindle.mirror;

import java.nio.file.Path;

/** The database file fails SQLite's check at start; the message says what to do, in one sentence. */
public class DatabaseDamagedException extends RuntimeException {
    public DatabaseDamagedException(Path file, String detail) {
        super("the database " + file.toAbsolutePath() + " is damaged (" + detail + "): stop Spindle and restore a backup"
                + " as " + Database.FILE_NAME + " (automatic ones, if any, are in " + file.toAbsolutePath().getParent()
                + "/backups), or move it aside and start afresh — a sync rebuilds the mirror from Discogs, and only accepted"
                + " track matches and settings are lost");
    }
}
