package app.spindle.web;

import app.spindle.actions.ActionRefused;
import app.spindle.discogs.DiscogsException;
import app.spindle.mirror.DatabaseHealth;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Friendly pages for people and {@code {"error": …}} JSON for {@code /api}: never a stack trace.
 */
public final class ErrorPages {
    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    /** Set by a handler that answered 404 with its own page, so the catch-all 404 page leaves it alone. */
    public static final String SHOWN = "spindle.errorShown";

    private final Templates templates;
    private final PageContext pages;
    private final DatabaseHealth database;

    public ErrorPages(Templates templates, PageContext pages, DatabaseHealth database) {
        this.templates = templates;
        this.pages = pages;
        this.database = database;
    }

    public record ErrorPage(Layout layout, int status, String heading, String message) {
    }

    public void addRoutes(RoutesConfig routes) {
        // once the file is known damaged, every page says so rather than showing what happens to be readable
        routes.before(ctx -> {
            if (database.problem().isPresent() && !StillServed.whenDamaged(ctx)) {
                showDamaged(ctx);
                ctx.skipRemainingHandlers();
            }
        });
        routes.exception(BadRequest.class, (e, ctx) -> show(ctx, 400, "That request did not make sense", e.getMessage()));
        routes.exception(UploadLimit.TooLarge.class, (e, ctx) -> show(ctx, 413, "That upload is too large", e.getMessage()));
        routes.exception(Forbidden.class, (e, ctx) -> show(ctx, 403, "Refused", e.getMessage()));
        routes.exception(DiscogsException.class, (e, ctx) -> {
            DiscogsProblem problem = DiscogsProblem.of(e);
            log.warn("Discogs failed {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            show(ctx, problem.status(), "Discogs did not do that", problem.message());
        });
        routes.exception(NotFound.class, (e, ctx) -> show(ctx, 404, "Not found", e.getMessage()));
        routes.exception(ActionRefused.class, (e, ctx) -> show(ctx, e.notFound() ? 404 : 400,
                e.notFound() ? "Not found" : "That change cannot be made", e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            int unreadable = unreadableRequest(e);
            if (unreadable > 0) {
                log.debug("Unreadable request body on {} {}: {}", ctx.method(), ctx.path(), e.toString());
                show(ctx, unreadable, "That request could not be read",
                        "The form or file sent could not be read: it was malformed or too large.");
                return;
            }
            if (database.noteIfDamaged(e)) {
                showDamaged(ctx);
                return;
            }
            log.error("Unexpected error on {} {}: {}", ctx.method(), ctx.path(), e.toString(), e);
            show(ctx, 500, "Something went wrong",
                    "Spindle hit an unexpected problem. Your data is safe; try again, and check the log if it persists.");
        });
        routes.error(404, ctx -> {
            if (ctx.attribute(SHOWN) == null) {
                show(ctx, 404, "Not found", "There is no page at " + ctx.path() + ".");
            }
        });
    }

    /**
     * Jetty reports a body it cannot parse (a broken multipart, an unknown charset, too many bytes) as an
     * exception from {@code formParam}: the sender's mistake, so a 4xx rather than a 500. Returns 0 otherwise.
     */
    private static int unreadableRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadMessageException bad) {
                return bad.getCode() >= 400 && bad.getCode() < 500 ? bad.getCode() : 400;
            }
            if (t instanceof UnsupportedCharsetException || t instanceof IllegalCharsetNameException) {
                return 400;
            }
        }
        return 0;
    }

    private void showDamaged(Context ctx) {
        show(ctx, 503, "The database is damaged", database.problem().orElseThrow());
    }

    private void show(Context ctx, int status, String heading, String message) {
        ctx.attribute(SHOWN, true);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("error", message, "status", status));
            return;
        }
        // htmx swaps an error answer into the small part the user acted on (the layout's htmx-config): the message alone
        if (HtmxRequest.wantsFragment(ctx)) {
            alert(ctx, message);
            return;
        }
        ctx.html(templates.render("error.jte",
                new ErrorPage(pages.layout(ctx, heading, ""), status, heading, message)));
    }

    /** The message alone, as htmx swaps it where the user acted; the caller has set the status. */
    public static void alert(Context ctx, String message) {
        ctx.html("<div class=\"flash flash-error\" role=\"alert\" tabindex=\"-1\">"
                + StringEscapeUtils.escapeHtml4(message) + "</div>");
    }

    /** Thrown by handlers when the thing asked for does not exist. */
    public static class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }
}
