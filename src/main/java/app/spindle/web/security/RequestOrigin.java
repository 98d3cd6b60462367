package app.spindle.web.security;

import io.javalin.http.Context;

/** Scheme and host as the browser saw them, also behind a reverse proxy that forwards them. */
public final class RequestOrigin {
    private RequestOrigin() {
    }

    public static boolean isHttps(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-Proto");
        if (forwarded != null) {
            return forwarded.trim().equalsIgnoreCase("https");
        }
        return "https".equalsIgnoreCase(ctx.scheme());
    }

    public static String host(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-Host");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        String host = ctx.header("Host");
        return host == null ? ctx.host() : host;
    }

    /** e.g. {@code https://records.example.org} — for building callback URLs. */
    public static String origin(Context ctx) {
        return (isHttps(ctx) ? "https://" : "http://") + host(ctx);
    }
}
