package app.spindle.web.match;

import app.spindle.match.BatchCounts;
import app.spindle.match.BatchRow;
import app.spindle.web.Layout;
import java.util.List;

/** One batch: progress, the state filters with counts, a page of tracks with their candidates. */
public record BatchPage(Layout layout, BatchRow batch, BatchCounts counts, ProgressView progress, List<StateFilter> filters,
                        String state, List<TrackRow> rows, int page, int pages, String notice, int confidentUnowned) {

    public String pageLink(int n) {
        return "?" + (state == null ? "" : "state=" + state + "&") + "page=" + n;
    }
}
