package app.spindle.match;

/** One bulk batch as stored: what was imported, how far matching got, what it cost. */
public record BatchRow(long id, String name, ImportFormat format, BatchMode mode, BatchState state, int trackCount,
                       String notes, String createdAt, String startedAt, String finishedAt, int requests, String error) {

    public boolean unfinished() {
        return state.unfinished();
    }

    public VinylMatcher.Mode matcherMode() {
        return mode.matcherMode();
    }
}
