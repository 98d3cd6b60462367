package app.spindle.dump;

import java.util.Locale;

/** What the dump import is doing: the Settings card and the console line branch on it. */
public enum ImportState {
    IDLE, LISTING, RUNNING, SUCCEEDED, FAILED, INTERRUPTED;

    static ImportState of(ImportResult.Outcome outcome) {
        return valueOf(outcome.name());
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
