package app.spindle.actions;

/** Every kind of write Spindle makes to a Discogs account; the names are the {@code actions.kind} values. */
public enum ActionKind {
    ADD_WANT,
    EDIT_WANT,
    REMOVE_WANT,
    ADD_COPY,
    REMOVE_COPY,
    RATE_COPY,
    MOVE_COPY,
    SET_FIELD,
    CREATE_FOLDER,
    RENAME_FOLDER,
    DELETE_FOLDER;

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ActionKind of(String column) {
        return valueOf(column.toUpperCase(java.util.Locale.ROOT));
    }

    /** Repeating it after a lost answer would do it twice: a replay must look at Discogs first. */
    public boolean createsSomething() {
        return this == ADD_COPY || this == CREATE_FOLDER;
    }
}
