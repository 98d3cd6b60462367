package app.spindle.dump;

import java.util.Locale;

/** What the dump import is doing: the Settings card and the console line branch on it. */
public enum ImportState {
    IDLE, LISTING, RUNNING, SUCCEEDED, FAILED, INTERRUPTED;

    /** An importer's outcome word (succeeded | failed | interrupted, as {@link ImportResult} keeps it). */
    static ImportState ofOutcome(String outcome) {
        return valueOf(outcome.toUpperCase(Locale.ROOT));
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
