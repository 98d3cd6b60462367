package app.spindle.sync;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How one sync run ended and what it did. {@code error} is in plain words, null on success. */
public record SyncResult(long runId, Outcome outcome, long requests, int itemsAdded, int itemsRemoved,
        int releasesFetched, String error) {

    public enum Outcome {
        SUCCEEDED, FAILED, DISCONNECTED, INTERRUPTED;

        /** The word stored in {@code sync_runs.outcome}. */
        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The outcome a stored word names; none for a run still "running" (or one a crash left so). */
        static Optional<Outcome> of(String word) {
            return Arrays.stream(values()).filter(o -> o.word().equals(word)).findFirst();
        }
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
