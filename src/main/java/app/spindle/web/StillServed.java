package app.spindle.web;

import io.javalin.http.Context;

/** What keeps answering when the database file is damaged: the health check, the status, static files. */
final class StillServed {
    private StillServed() {
    }

    static boolean whenDamaged(Context ctx) {
        String path = ctx.path().substring(Math.min(ctx.path().length(), ctx.contextPath().replaceAll("/$", "").length()));
        return path.equals(Paths.HEALTHZ) || path.equals(Paths.API_STATUS) || path.equals(Paths.PARTIAL_STATUS)
                || path.startsWith("/static/") || path.startsWith("/webjars/");
    }
}
