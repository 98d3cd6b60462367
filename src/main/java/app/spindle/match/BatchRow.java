package app.spindle.match;

/** One bulk batch as stored: what was imported, how far matching got, what it cost. */
public record BatchRow(long id, String name, String format, BatchMode mode, String state, int trackCount, String notes,
                       String createdAt, String startedAt, String finishedAt, int requests, String error) {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";

    public boolean unfinished() {
        return QUEUED.equals(state) || RUNNING.equals(state);
    }

    public VinylMatcher.Mode matcherMode() {
        return mode.matcherMode();
    }
}
