package app.spindle.web;

import io.javalin.http.Context;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The page's one polite live region ({@code #live-region} in the layout), outside every swapped area: an
 * element that arrives inside a swap is new to the screen reader and is not announced, this one is. An htmx
 * fragment writes its outcome ("123 records", "Added to your wantlist.") into it with an out-of-band swap.
 */
public final class LiveRegion {
    public static final String ID = "live-region";

    private LiveRegion() {
    }

    /**
     * ", about 50 % done": progress rounded down to a quarter, so that a panel polled every few seconds
     * changes its announcement four times in a run rather than at every poll. "" when the total is unknown.
     */
    public static String roughly(long done, long total) {
        if (total <= 0) {
            return "";
        }
        long quarter = Math.min(100, done * 4 / total * 25);
        return ", about " + quarter + " % done";
    }

    /**
     * The out-of-band element that puts {@code message} into the live region, or "" when there is nothing to
     * say or the request is not htmx's. Wrapped in a template so that it parses after a {@code <tr>} too.
     */
    public static String outOfBand(Context ctx, String message) {
        if (message == null || message.isBlank() || !HtmxRequest.isHtmx(ctx)) {
            return "";
        }
        return "<template><div id=\"" + ID + "\" hx-swap-oob=\"innerHTML\">"
                + StringEscapeUtils.escapeHtml4(message) + "</div></template>";
    }
}
