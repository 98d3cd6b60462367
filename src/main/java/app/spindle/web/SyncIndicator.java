package app.spindle.web;

/**
 * The header's compact sync indicator, on every page: while a sync runs it says the phase, progress and
 * time left and refreshes itself every two seconds; when idle it is empty and looks again every 30 s,
 * so that a scheduled run shows up on a page left open.
 */
public record SyncIndicator(boolean running, String phase, long done, long total, String eta, String url,
                            String statusUrl) {

    public static SyncIndicator of(ApiStatus.Sync sync, Urls urls) {
        return new SyncIndicator(sync.running(), sync.phase() == null ? null : sync.phase().word(), sync.done(), sync.total(),
                sync.etaWords(), urls.url(Paths.PARTIAL_SYNC_INDICATOR), urls.url(Paths.SETTINGS));
    }

    public String trigger() {
        return running ? "every 2s" : "every 30s";
    }

    /** "Syncing details 120/600", or "Syncing" before the first phase is known. */
    public String label() {
        if (phase == null) {
            return "Syncing";
        }
        return "Syncing " + phase + (total > 0 ? " " + Counted.grouped(done) + "/" + Counted.grouped(total) : "");
    }
}
