package app.spindle.web.match;

import app.spindle.web.Counted;
import app.spindle.web.LiveRegion;
import app.spindle.web.Urls;
import java.time.Duration;

/** The progress bar of a batch: matched of total, the estimate, and wantlist additions still queued. */
public record ProgressView(long batchId, boolean running, int done, int total, String eta, int requests, int pendingWants,
                           Urls urls) {

    public static final String TARGET_ID = "batch-progress";

    public int percent() {
        return total == 0 ? 100 : (int) Math.floor(100.0 * done / total);
    }

    /** "12 tracks" of the batch, for "Matching: 3 of 12 tracks". */
    public String tracks() {
        return Counted.of(total, "track", "tracks");
    }

    /** "All 12 tracks matched, with 3 Discogs requests" (or "1 track matched"). */
    public String finished() {
        return requests > 0 ? matched() + ", with " + Counted.of(requests, "Discogs request", "Discogs requests") : matched();
    }

    private String matched() {
        return (total == 1 ? "" : "All ") + tracks() + " matched";
    }

    public String queuedWants() {
        return Counted.of(pendingWants, "wantlist addition", "wantlist additions") + " queued.";
    }

    /** For the page's live region: changes once a quarter of the batch, not at every poll. */
    public String announcement() {
        return running ? "Matching tracks" + LiveRegion.roughly(done, total) + "." : matched() + ".";
    }

    /** Keep polling while something is still happening. */
    public boolean live() {
        return running || pendingWants > 0;
    }

    static String words(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 5) {
            return "a few seconds";
        }
        if (seconds < 90) {
            return "about " + seconds + " seconds";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 90) {
            return "about " + minutes + " minutes";
        }
        return "about " + Math.round(minutes / 60.0) + " hours";
    }
}
