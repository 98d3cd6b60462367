package app.spindle.dump;

import java.util.Locale;

/**
 * How an import ended: {@code imported} releases written, {@code keptNewer} left alone because the mirror's
 * copy was fetched after the dump, {@code unchanged} left alone because an earlier dump wrote the same record.
 */
public record ImportResult(Outcome outcome, long recordsRead, long imported, long keptNewer, long unchanged,
                           boolean resumed, double seconds, String error) {

    /** The end of a run, as {@code dump_imports.outcome} stores it once the run stops. */
    public enum Outcome {
        SUCCEEDED, FAILED, INTERRUPTED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
