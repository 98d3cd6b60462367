package app.spindle.web.security;

import app.spindle.web.BadRequest;
import app.spindle.web.Forbidden;
import app.spindle.web.PageContext;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Set;

/**
 * Double-submit CSRF protection for every state-changing request: the token lives in a
 * SameSite=Strict cookie and must come back in the {@code X-CSRF-Token} header (htmx sends it
 * from the body's {@code hx-headers}) or the {@code _csrf} form field.
 */
public final class CsrfGuard {
    public static final String COOKIE = "spindle_csrf";
    public static final String HEADER = "X-CSRF-Token";
    public static final String FIELD = "_csrf";
    public static final String ATTRIBUTE = PageContext.CSRF_TOKEN;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final String cookiePath;

    public CsrfGuard(String basePath) {
        this.cookiePath = basePath.isEmpty() ? "/" : basePath;
    }

    public void check(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token == null || token.length() < 32) {
            token = Tokens.random();
            ctx.cookie(new Cookie(COOKIE, token, cookiePath, -1, RequestOrigin.isHttps(ctx), true, null, SameSite.STRICT));
        }
        ctx.attribute(ATTRIBUTE, token);
        if (SAFE.contains(ctx.method().name())) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !sameHost(origin, RequestOrigin.host(ctx))) {
            throw new Forbidden("This request came from another site (" + origin + ") and was refused.");
        }
        String sent = ctx.header(HEADER);
        if (sent == null) {
            sent = formField(ctx);
        }
        if (!Tokens.same(token, sent)) {
            throw new Forbidden("This form has expired or did not come from Spindle. Reload the page and try again.");
        }
    }

    private static String formField(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return null;
        }
        try {
            if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
                return ctx.formParam(FIELD);
            }
        } catch (RuntimeException e) {
            throw new BadRequest("The form could not be read.");
        }
        return null;
    }

    private static boolean sameHost(String origin, String host) {
        String bare = origin.replaceFirst("^https?://", "");
        return bare.equalsIgnoreCase(host);
    }
}
