package app.spindle.mirror;

import java.util.Optional;
import org.sqlite.SQLiteException;

/**
 * Recognises a write that failed because of where the database lives — the disk is full, the folder
 * became read-only, the disk reports I/O errors, the file is damaged — and says so in words a person can act on.
 */
public final class StorageProblem {
    private StorageProblem() {
    }

    public static Optional<String> describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                String code = sqlite.getResultCode().name();
                if (code.startsWith("SQLITE_FULL")) {
                    return Optional.of("the disk holding the data folder is full: free some space, and the next sync"
                            + " continues where this one stopped");
                }
                if (code.startsWith("SQLITE_READONLY")) {
                    return Optional.of("the data folder cannot be written (it is read-only): check its permissions"
                            + " and the disk, and the next sync continues where this one stopped");
                }
                if (code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB")) {
                    return Optional.of("the database file is damaged: stop Spindle and restore a backup from the backups"
                            + " folder in the data folder, or run 'java -jar spindle.jar salvage'");
                }
                if (code.startsWith("SQLITE_IOERR") || code.startsWith("SQLITE_CANTOPEN")) {
                    return Optional.of("the data folder could not be written (the disk reported an error): check"
                            + " the disk, and the next sync continues where this one stopped");
                }
            }
        }
        return Optional.empty();
    }
}
