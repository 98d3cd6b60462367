package app.spindle.web.security;

import app.spindle.web.HtmxRequest;
import app.spindle.config.Config;
import app.spindle.web.Forbidden;
import app.spindle.web.PageContext;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one access guard: security headers and CSRF on every request, and — whenever a password is
 * set — a login for every page but {@code /healthz} and the assets the login page itself needs.
 */
public final class Access implements RouteGroup {
    public static final String SESSION_COOKIE = "spindle_session";

    private final Config config;
    private final Templates templates;
    private final PageContext pages;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final CsrfGuard csrf;
    private final SecurityHeaders headers;

    public Access(Config config, Templates templates, PageContext pages, Sessions sessions, LoginThrottle throttle,
                  String authorizeOrigin) {
        this.headers = new SecurityHeaders(authorizeOrigin);
        this.config = config;
        this.templates = templates;
        this.pages = pages;
        this.sessions = sessions;
        this.throttle = throttle;
        this.csrf = new CsrfGuard(config.basePath());
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.before(ctx -> {
            headers.apply(ctx);
            if (!config.hasPassword() && !appPath(ctx).equals(Paths.HEALTHZ) && !LocalNames.includes(ctx.header("Host"))) {
                throw new Forbidden("Without a password Spindle answers only on this machine (as localhost or 127.0.0.1)."
                        + " To open it under another name, set a password (SPINDLE_PASSWORD or --password).");
            }
            csrf.check(ctx);
            if (config.hasPassword() && !isOpen(ctx) && !sessions.isValid(ctx.cookie(SESSION_COOKIE))) {
                refuse(ctx);
            }
        });
        routes.get(Paths.LOGIN, ctx -> showLogin(ctx, null));
        routes.post(Paths.LOGIN, this::login);
        routes.post(Paths.LOGOUT, this::logout);
    }

    private boolean isOpen(Context ctx) {
        String path = appPath(ctx);
        return path.equals(Paths.HEALTHZ) || path.equals(Paths.LOGIN) || path.startsWith("/static/")
                || path.startsWith("/webjars/");
    }

    private void refuse(Context ctx) {
        ctx.skipRemainingHandlers();
        String path = appPath(ctx);
        if (path.startsWith("/api/")) {
            ctx.status(401).json(java.util.Map.of("error", "Log in first.", "status", 401));
        } else if (HtmxRequest.isHtmx(ctx)) {
            ctx.header("HX-Redirect", config.basePath() + Paths.LOGIN);
            ctx.status(401);
        } else {
            String next = ctx.method().name().equals("GET") ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "";
            ctx.redirect(config.basePath() + Paths.LOGIN + (next.isEmpty() ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        }
    }

    private void showLogin(Context ctx, String error) {
        if (!config.hasPassword()) {
            ctx.redirect(config.basePath() + Paths.COLLECTION);
            return;
        }
        templates.page(ctx, "login.jte", new LoginPage(pages.layout(ctx, "Log in", "").withoutSync(), error, safeNext(ctx.queryParam("next"))));
    }

    private void login(Context ctx) {
        if (!config.hasPassword()) {
            ctx.redirect(config.basePath() + Paths.COLLECTION);
            return;
        }
        String password = ctx.formParam("password");
        // reserved before the compare: concurrent guesses each take a try, whatever order they finish in
        LoginThrottle.Reservation reservation = throttle.reserve(ctx.ip());
        if (!reservation.granted()) {
            ctx.status(429);
            showLogin(ctx, "Too many failed attempts. Try again in " + Math.max(1, reservation.retryAfter().toMinutes() + 1) + " minutes.");
            return;
        }
        if (!Tokens.same(config.password(), password)) {
            ctx.status(401);
            showLogin(ctx, "That password is not right.");
            return;
        }
        throttle.succeeded(reservation);
        String session = sessions.open();
        ctx.cookie(new Cookie(SESSION_COOKIE, session, cookiePath(), (int) Sessions.IDLE_LIMIT.toSeconds(),
                RequestOrigin.isHttps(ctx), true, null, SameSite.LAX));
        String next = safeNext(ctx.formParam("next"));
        ctx.redirect(next == null ? config.basePath() + Paths.COLLECTION : next);
    }

    private void logout(Context ctx) {
        sessions.close(ctx.cookie(SESSION_COOKIE));
        ctx.removeCookie(SESSION_COOKIE, cookiePath());
        ctx.redirect(config.basePath() + (config.hasPassword() ? Paths.LOGIN : Paths.COLLECTION));
    }

    /** Only paths of this app: never an open redirect to another site. */
    private String safeNext(String next) {
        return LocalRedirect.target(next, config.basePath());
    }

    private String appPath(Context ctx) {
        String path = ctx.path();
        return path.startsWith(config.basePath()) ? path.substring(config.basePath().length()) : path;
    }

    private String cookiePath() {
        return config.basePath().isEmpty() ? "/" : config.basePath();
    }
}
