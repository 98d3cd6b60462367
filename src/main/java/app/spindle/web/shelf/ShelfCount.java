package app.spindle.web.shelf;

import app.spindle.mirror.query.Shelf;
import app.spindle.mirror.query.ShelfReader;
import app.spindle.web.Counted;
import app.spindle.web.HtmxRequest;
import app.spindle.web.Paths;
import io.javalin.http.Context;

/**
 * The shelf's "102 records" written again out of band, for an action that changed how many there are
 * (a want removed, or put back): the page's filters travel with the action's form, so the count is the
 * one the page shows, without a reload.
 */
public final class ShelfCount {
    private ShelfCount() {
    }

    public static String outOfBand(Context ctx, ShelfReader reader, Shelf shelf) {
        if (!HtmxRequest.isHtmx(ctx)) {
            return "";
        }
        long count = reader.count(shelf, ShelfParams.filter(ctx::formParam, shelf));
        return "<template><div id=\"" + Paths.SHELF_COUNT_ID + "\" hx-swap-oob=\"innerHTML\">"
                + Counted.of(count, "record", "records") + "</div></template>";
    }
}
