package app.spindle.web.search;

import app.spindle.mirror.FolderRow;
import app.spindle.web.Counted;
import app.spindle.web.DidYouMean;
import app.spindle.web.Layout;
import java.util.List;

/** Live Discogs search: the form, a page of results, and why there are none when there are none. */
public record SearchScreen(Layout layout, SearchForm form, List<ResultView> results, int page, int pages, long items,
                         String notice, boolean connected, List<FolderRow> folders, DidYouMean didYouMean) {
    /** "1 result on Discogs · page 1 of 1". */
    public String summary() {
        return Counted.of(items, "result", "results") + " on Discogs · page " + page + " of " + pages;
    }
}
