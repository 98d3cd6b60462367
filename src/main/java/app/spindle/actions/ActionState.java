package app.spindle.actions;

/** Where an action stands: waiting to go (or to go again), confirmed by Discogs, refused, or set aside by the user. */
public enum ActionState {
    PENDING,
    DONE,
    FAILED,
    DISMISSED;

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ActionState of(String column) {
        return valueOf(column.toUpperCase(java.util.Locale.ROOT));
    }
}
