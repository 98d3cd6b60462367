package app.spindle;

import app.spindle.mirror.IoWords;
import app.spindle.mirror.StorageProblem;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.InvalidPathException;
import org.sqlite.SQLiteException;

/**
 * What went wrong on the command line, in one sentence: a bad file name, a full disk, a locked or damaged
 * database, a port in use. Whatever else escapes is still one line (a stack trace helps nobody who runs
 * the jar); the exception's own words say what to report.
 */
final class CommandFailure {
    private CommandFailure() {
    }

    static String describe(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidPathException e) {
                return "'" + e.getInput().replace("\\u0000", "\\\\0") + "' is not a usable file name (" + e.getReason() + ")";
            }
            if (t instanceof BindException e) {
                return "cannot listen on that address and port: " + e.getMessage();
            }
            if (t instanceof IllegalArgumentException && t.getMessage() != null && t == failure) {
                return t.getMessage();
            }
            if (t instanceof SQLiteException e && isLocked(e)) {
                return "the database is locked by another program (another Spindle?): stop it, or wait, and try again";
            }
        }
        var storage = StorageProblem.describe(failure);
        if (storage.isPresent()) {
            return storage.get();
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException e) {
                return (e.getMessage() == null ? "a file could not be used" : e.getMessage().split(":")[0])
                        + " (" + IoWords.of(e.getCause()) + ")";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "stopped by an unexpected error: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse(""));
    }

    private static boolean isLocked(SQLiteException e) {
        String code = e.getResultCode().name();
        return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
    }
}
