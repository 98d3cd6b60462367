package app.spindle.web.shelf;

import app.spindle.mirror.query.Shelf;
import app.spindle.mirror.query.ShelfReader;
import app.spindle.web.BadRequest;
import app.spindle.web.Counted;
import app.spindle.web.HtmxRequest;
import app.spindle.web.Paths;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The shelf's "102 records" written again out of band, for an action that changed how many there are
 * (a want removed, or put back), counted under the filters of the page the action was taken on: htmx
 * names that page in {@code HX-Current-URL}. The action's own fields are not read as filters (Undo posts
 * a {@code rating}, which is also a facet).
 */
public final class ShelfCount {
    private ShelfCount() {
    }

    public static String outOfBand(Context ctx, ShelfReader reader, Shelf shelf) {
        String page = ctx.header("HX-Current-URL");
        if (!HtmxRequest.isHtmx(ctx) || page == null) {
            return "";
        }
        try {
            Map<String, String> params = queryOf(page);
            long count = reader.count(shelf, ShelfParams.filter(params::get, shelf));
            return "<template><div id=\"" + Paths.SHELF_COUNT_ID + "\" hx-swap-oob=\"innerHTML\">"
                    + Counted.of(count, "record", "records") + "</div></template>";
        } catch (BadRequest | IllegalArgumentException e) {
            return ""; // a page address that is no shelf view: the count there is not ours to change
        }
    }

    private static Map<String, String> queryOf(String url) {
        Map<String, String> params = new HashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
