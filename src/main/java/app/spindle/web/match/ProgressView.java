package app.spindle.web.match;

import app.spindle.web.Urls;
import java.time.Duration;

/** The progress bar of a batch: matched of total, the estimate, and wantlist additions still queued. */
public record ProgressView(long batchId, boolean running, int done, int total, String eta, int requests, int pendingWants,
                           Urls urls) {

    public static final String TARGET_ID = "batch-progress";

    public int percent() {
        return total == 0 ? 100 : (int) Math.floor(100.0 * done / total);
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
