package app.spindle.web.match;

import app.spindle.match.BatchCounts;
import app.spindle.match.BatchRow;
import app.spindle.match.TrackState;
import app.spindle.match.VinylMatcher;
import app.spindle.web.Layout;
import java.util.List;

/**
 * One batch: progress, the state filters with counts, a page of tracks with their candidates, and its results
 * as playlists to download ({@code exports}, {@code rekordbox}: empty and null while nothing is matched yet).
 */
public record BatchPage(Layout layout, BatchRow batch, BatchCounts counts, ProgressView progress, List<StateFilter> filters,
                        TrackState state, List<TrackRow> rows, int page, int pages, String notice, int confidentUnowned,
                        List<ExportLinks> exports, String rekordbox) {

    /** One result of the batch as a playlist: "Owned on vinyl", with its M3U8 and CSV downloads. */
    public record ExportLinks(String label, String m3u8, String csv) {
    }

    /** "from pasted lines", "from a CSV file" … and what it was matched against. */
    public String sourceLine() {
        return "from " + batch.format().described()
                + " · " + (batch.matcherMode() == VinylMatcher.Mode.MIRROR_ONLY ? "matched against your mirror only"
                : "your mirror first, then Discogs");
    }

    public String pageLink(int n) {
        return "?" + (state == null ? "" : "state=" + state.word() + "&") + "page=" + n;
    }
}
