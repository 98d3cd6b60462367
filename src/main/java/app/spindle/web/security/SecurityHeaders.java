package app.spindle.web.security;

import io.javalin.http.Context;

/** Headers that keep the pages from being framed, sniffed or made to run script from elsewhere. */
public final class SecurityHeaders {

    private final String csp;

    /**
     * @param authorizeOrigin where "Connect with Discogs" sends the browser: form-action also governs
     *                        the redirect after a form post, so that one other origin is allowed
     */
    public SecurityHeaders(String authorizeOrigin) {
        // No inline script anywhere: htmx comes from our own origin and needs no eval. Images may come
        // from any https host: search results show Discogs' thumbnails, whose hosts have changed over time.
        this.csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https: " + authorizeOrigin + "; "
                + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self' " + authorizeOrigin + "; frame-ancestors 'none'";
    }

    public void apply(Context ctx) {
        ctx.header("Content-Security-Policy", csp);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}
