package app.spindle.mirror;

/** One sync run as recorded; outcome is running | succeeded | failed | disconnected | interrupted. */
public record SyncRunRow(
        long id,
        String trigger,
        String startedAt,
        String finishedAt,
        String outcome,
        String phase,
        long requests,
        String listingCompletedAt,
        long itemsAdded,
        long itemsRemoved,
        long releasesFetched,
        String error) {
}
