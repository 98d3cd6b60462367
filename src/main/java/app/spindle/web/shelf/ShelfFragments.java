package app.spindle.web.shelf;

import app.spindle.web.HtmxRequest;
import io.javalin.http.Context;

/**
 * When a shelf answers with a fragment instead of the whole page: an htmx request asks for the part it
 * swaps, except when htmx restores a page for the back button — that needs the whole page.
 */
public final class ShelfFragments {
    private ShelfFragments() {
    }

    public static boolean wanted(Context ctx) {
        return HtmxRequest.wantsFragment(ctx);
    }

    /** The same URL answers with a page or a fragment: caches must keep them apart. */
    public static void varyByHtmx(Context ctx) {
        ctx.header("Vary", "HX-Request, HX-History-Restore-Request");
        ctx.header("Cache-Control", "no-cache");
    }
}
