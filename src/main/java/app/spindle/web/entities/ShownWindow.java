package app.spindle.web.entities;

import app.spindle.web.Params;
import io.javalin.http.Context;
import java.util.List;

/**
 * How much of a stored list a section shows: the first {@code page} × 100 entries. A discography of thousands
 * stays a page of a few hundred kilobytes; "Show 100 more" asks the mirror for the next, never Discogs.
 */
record ShownWindow(int page) {
    static final int STEP = 100;
    /** The most a section shows at once: Discogs' largest labels list far more than a page can hold. */
    static final int MOST = 5000;

    static ShownWindow of(Context ctx) {
        return new ShownWindow(Params.page(ctx, MOST / STEP));
    }

    int limit() {
        return page * STEP;
    }

    <T> List<T> cut(List<T> entries) {
        return entries.size() <= limit() ? entries : entries.subList(0, limit());
    }

    /**
     * The section with a "Show N more" button when {@code available} entries are stored beyond those shown, asking
     * {@code url} (the section's own address, without a page) for the next page.
     */
    ListSection offerMore(ListSection section, int available, String url) {
        int shown = section.entries().size();
        if (shown >= available || limit() >= MOST || shown < limit()) {
            return section;
        }
        int next = Math.min(STEP, available - shown);
        return section.withShowMore(url + (url.contains("?") ? "&" : "?") + "page=" + (page + 1),
                "Show " + next + " more of the " + available);
    }
}
