package app.spindle.web;

import io.javalin.http.Context;

/** Whether a request comes from htmx, and whether it wants a fragment to swap rather than a whole page. */
public final class HtmxRequest {
    private HtmxRequest() {
    }

    public static boolean isHtmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }

    /** An htmx request asks for the part it swaps, except when htmx restores a page for the back button. */
    public static boolean wantsFragment(Context ctx) {
        return isHtmx(ctx) && !"true".equals(ctx.header("HX-History-Restore-Request"));
    }

    /** The same URL answers with a page or a fragment: caches must keep them apart. */
    public static void varyByHtmx(Context ctx) {
        ctx.header("Vary", "HX-Request, HX-History-Restore-Request");
        ctx.header("Cache-Control", "no-cache");
    }
}
