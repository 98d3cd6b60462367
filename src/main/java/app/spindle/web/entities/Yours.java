package app.spindle.web.entities;

import app.spindle.mirror.query.EntityQuery.OwnedRelease;
import java.util.List;

/**
 * What the user owns or wants of an artist or label, as the page's grid shows it: the first {@value #SHOWN}, and
 * where there are more, a link to the whole of them on the collection shelf.
 */
public record Yours(List<OwnedRelease> shown, String allUrl, String allLabel) {
    static final int SHOWN = 24;

    /** @param fetched up to {@code SHOWN + 1} releases, so that one more than shown says there are more */
    static Yours of(List<OwnedRelease> fetched, String allUrl, String allLabel) {
        return fetched.size() > SHOWN ? new Yours(fetched.subList(0, SHOWN), allUrl, allLabel)
                : new Yours(fetched, null, null);
    }
}
