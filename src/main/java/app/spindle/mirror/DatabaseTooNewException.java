package app.spindle.mirror;

/** The database was written by a newer Spindle; opening it with this one could damage it. */
public class DatabaseTooNewException extends RuntimeException {
    public DatabaseTooNewException(int found, int known) {
        super("the database has schema version " + found + " but this Spindle knows only up to " + known
                + "; run a newer Spindle or restore a backup");
    }
}
