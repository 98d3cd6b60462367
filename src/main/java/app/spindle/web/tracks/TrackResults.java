package app.spindle.web.tracks;

import app.spindle.web.DidYouMean;
import java.util.List;

/**
 * The part of the tracks page that htmx swaps as someone types: what was found and the way to more;
 * {@code didYouMean} is null unless the words found nothing and a spelling near them would.
 */
public record TrackResults(String action, String text, String heading, List<Row> rows, String previousHref,
                           String nextHref, boolean searched, DidYouMean didYouMean) {

    /** A track and its record; {@code coverUrl} null draws the placeholder with {@code initials}. */
    public record Row(String domId, String position, String side, String title, String duration, String artist,
                      String recordTitle, String recordArtist, String year, String coverUrl, String initials,
                      int copies, boolean wanted, String releaseUrl) {
        public String owned() {
            return copies == 0 ? "" : copies == 1 ? "Owned" : "Owned ×" + copies;
        }
    }
}
