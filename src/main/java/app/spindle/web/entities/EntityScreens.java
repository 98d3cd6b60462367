package app.spindle.web.entities;

import app.spindle.discogs.DiscogsException;
import app.spindle.entities.EntityFetcher;
import app.spindle.mirror.FolderRow;
import app.spindle.mirror.query.FolderChoices;
import app.spindle.web.DiscogsProblem;
import app.spindle.web.ErrorPages;
import app.spindle.web.HtmxRequest;
import app.spindle.web.Layout;
import app.spindle.web.PageContext;
import app.spindle.web.Paths;
import app.spindle.web.Templates;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** What the entity pages share: their layout, the folders for the add buttons, and the answers when Discogs fails. */
public final class EntityScreens {
    private final Templates templates;
    private final PageContext pages;
    private final FolderChoices folders;
    private final Clock clock;

    public EntityScreens(Templates templates, PageContext pages, FolderChoices folders, Clock clock) {
        this.templates = templates;
        this.pages = pages;
        this.folders = folders;
        this.clock = clock;
    }

    Layout layout(Context ctx, String title) {
        return pages.layout(ctx, title, "");
    }

    public Clock clock() {
        return clock;
    }

    void page(Context ctx, String template, Object page) {
        templates.page(ctx, template, page);
    }

    public List<FolderRow> folders() {
        return folders.list();
    }

    /**
     * The document a page needs, or null after answering with a problem page: 404 with a search link when
     * Discogs does not know the id, the usual words and status when Discogs could not be asked.
     */
    public <T> T documentOrProblem(Context ctx, String what, long id, Supplier<T> fetch) {
        try {
            return fetch.get();
        } catch (DiscogsException.NotFound e) {
            problem(ctx, 404, "Discogs does not know " + what + " " + id,
                    "There is no " + what + " with this number on Discogs. Search for it by name instead.",
                    Paths.SEARCH);
        } catch (DiscogsException e) {
            DiscogsProblem problem = DiscogsProblem.of(e);
            problem(ctx, problem.status() >= 500 ? 502 : problem.status(), "Cannot show this " + what + " now",
                    problem.message(), null);
        } catch (EntityFetcher.NotConnected e) {
            problem(ctx, 404, "Spindle knows nothing of " + what + " " + id + " yet",
                    "No release in your mirror names this " + what + ", and Discogs is not connected, so it was not asked. "
                            + "Connect your Discogs account in Settings to open any " + what + ".",
                    Paths.SETTINGS, "Connect Discogs");
        }
        return null;
    }

    /** A problem page with a "Search Discogs" button when {@code searchPath} is given. */
    public void problem(Context ctx, int status, String heading, String message, String searchPath) {
        problem(ctx, status, heading, message, searchPath, searchPath == null ? null : "Search Discogs");
    }

    public void problem(Context ctx, int status, String heading, String message, String actionPath, String actionLabel) {
        ctx.status(status);
        ctx.attribute(ErrorPages.SHOWN, true);
        if (HtmxRequest.wantsFragment(ctx)) {
            ErrorPages.alert(ctx, heading + ". " + message);
            return;
        }
        page(ctx, "entities/problem.jte", new ProblemPage(layout(ctx, heading), status, heading, message, actionPath,
                actionLabel));
    }

    /**
     * The page's freshness line and refresh path: without a connected account it says the page is the mirror's
     * alone, and there is no refresh (the template offers to connect instead).
     */
    String freshness(boolean connected, String storedFreshness) {
        return connected ? storedFreshness : (storedFreshness == null ? "" : storedFreshness + ". ")
                + "Discogs is not connected: this page shows what your mirror knows.";
    }

    /** A list fragment; a failure answers with the section's alert and a true error status. */
    void section(Context ctx, ListSection section) {
        page(ctx, "entities/list.jte", section);
    }

    void failedSection(Context ctx, String id, String heading, String retryUrl, DiscogsException e, String basePath) {
        DiscogsProblem problem = DiscogsProblem.of(e);
        ctx.status(problem.status() >= 500 ? 502 : problem.status());
        section(ctx, ListSection.failed(id, heading, retryUrl, problem.message(), basePath));
    }

    /** Runs a refresh; then htmx loads the page at {@code url} again, or the failure is said where the button was. */
    public void refresh(Context ctx, Runnable refresh, String url) {
        try {
            refresh.run();
        } catch (DiscogsException e) {
            refreshFailed(ctx, e);
            return;
        } catch (EntityFetcher.NotConnected e) {
            ctx.status(409);
            ErrorPages.alert(ctx, "Discogs is not connected: connect your account in Settings to refresh from Discogs.");
            return;
        }
        backTo(ctx, url);
    }

    /** After a refresh: htmx is told to load the page again, a plain form is redirected to it. */
    private void backTo(Context ctx, String url) {
        if (HtmxRequest.isHtmx(ctx)) {
            ctx.header("HX-Redirect", url);
            ctx.html("");
        } else {
            ctx.redirect(url, io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    private void refreshFailed(Context ctx, DiscogsException e) {
        DiscogsProblem problem = DiscogsProblem.of(e);
        ctx.status(problem.status() >= 500 ? 502 : problem.status());
        ctx.html("<p class=\"flash flash-error\" role=\"alert\">"
                + org.apache.commons.text.StringEscapeUtils.escapeHtml4("Could not refresh: " + problem.message()) + "</p>");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
