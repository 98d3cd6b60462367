package app.spindle.sync;

/** How one sync run ended and what it did. {@code error} is in plain words, null on success. */
public record SyncResult(long runId, Outcome outcome, long requests, int itemsAdded, int itemsRemoved,
        int releasesFetched, String error) {

    public enum Outcome {
        SUCCEEDED, FAILED, DISCONNECTED, INTERRUPTED;

        /** The word stored in {@code sync_runs.outcome}. */
        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
