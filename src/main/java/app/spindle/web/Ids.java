package app.spindle.web;

import io.javalin.http.Context;

/** Reads a Discogs id from the path: a positive whole number, or a 400 that says so. */
public final class Ids {
    private Ids() {
    }

    public static long pathId(Context ctx, String name) {
        return parse(ctx.pathParam(name));
    }

    /** An id from a form field, by the same rule as a path's. */
    public static long parse(String raw) {
        // digits only: Long.parseLong would also take "+1", giving one release two addresses
        if (raw.matches("[0-9]{1,18}")) {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        }
        throw new BadRequest("'" + shorten(raw) + "' is not a Discogs id: ids are positive whole numbers.");
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
