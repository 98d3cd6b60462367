package app.spindle.web.search;

import app.spindle.discogs.DiscogsAuth;
import app.spindle.actions.Action;
import app.spindle.actions.ActionRefused;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsException;
import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.discogs.model.DiscogsSearchResult;
import app.spindle.discogs.model.SearchPage;
import app.spindle.mirror.query.FolderChoices;
import app.spindle.mirror.query.MirrorReads;
import app.spindle.mirror.query.OwnershipQuery;
import app.spindle.mirror.query.SpellingSuggestions;
import app.spindle.web.DemoWords;
import app.spindle.web.DidYouMean;
import app.spindle.web.DiscogsProblem;
import app.spindle.web.Layout;
import app.spindle.web.Params;
import app.spindle.web.PageContext;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import app.spindle.web.Urls;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Live Discogs search, a master's pressings, and the add-to-wantlist / add-to-collection buttons. The
 * mirror's side: which results you own or want, the folders to add to, and a spelling the mirror knows
 * when Discogs finds nothing.
 */
public final class SearchRoutes implements RouteGroup {
    private final Templates templates;
    private final PageContext pages;
    private final DiscogsAuth auth;
    private final DiscogsClient discogs;
    private final WriteThrough writes;
    private final OwnershipQuery ownership;
    private final FolderChoices folders;
    private final SpellingSuggestions spelling;
    private final String basePath;

    public SearchRoutes(Templates templates, PageContext pages, DiscogsAuth auth, DiscogsClient discogs, WriteThrough writes,
                        MirrorReads reads, FolderChoices folders, SpellingSuggestions spelling, String basePath) {
        this.templates = templates;
        this.pages = pages;
        this.auth = auth;
        this.discogs = discogs;
        this.writes = writes;
        this.ownership = new OwnershipQuery(reads);
        this.folders = folders;
        this.spelling = spelling;
        this.basePath = basePath;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.SEARCH, this::search);
        routes.post(Paths.ACTION_WANT, this::addWant);
        routes.post(Paths.ACTION_COLLECT, this::addToCollection);
    }

    private void search(Context ctx) {
        SearchForm form = SearchForm.from(ctx);
        Layout layout = pages.layout(ctx, "Search Discogs", "search");
        boolean connected = auth.state().hasCredentials() && !auth.state().needsReconnect();
        List<ResultView> results = List.of();
        int pagesCount = 0;
        long items = 0;
        String notice = null;
        DidYouMean didYouMean = null;
        if (!connected) {
            notice = "Discogs only answers searches from a connected account. Connect yours in Settings.";
        } else if (!form.isEmpty()) {
            try {
                SearchPage found = discogs.search(form.toQuery(), form.page(), SearchForm.PER_PAGE);
                // a master's id is no release's: only releases can be owned or wanted
                Map<Long, OwnershipQuery.Marks> marks = ownership.marks(form.type() == SearchType.RELEASE
                        ? found.results().stream().map(DiscogsSearchResult::id).toList() : List.of());
                results = found.results().stream().map(r -> ResultView.of(r, form.type(),
                        marks.getOrDefault(r.id(), OwnershipQuery.Marks.NONE))).toList();
                pagesCount = Math.min(found.pagination().pages(), SearchForm.MAX_PAGE);
                items = found.pagination().items();
                if (results.isEmpty()) {
                    notice = layout.demo() ? DemoWords.UNKNOWN_NAME
                            : "Nothing on Discogs matches that. Try fewer words, another spelling, or clear the format filter.";
                    didYouMean = didYouMean(form);
                }
            } catch (DiscogsException e) {
                notice = DiscogsProblem.of(e).message();
            }
        }
        templates.page(ctx, "search/index.jte", new SearchScreen(layout, form, results,
                form.page(), pagesCount, items, notice, connected, folders.list(), didYouMean));
    }

    /** A spelling of the words that the mirror knows, as a link that searches Discogs for it. */
    private DidYouMean didYouMean(SearchForm form) {
        if (form.q() == null) {
            return null;
        }
        return spelling.correction(form.q())
                .map(corrected -> new DidYouMean(corrected, basePath + Paths.SEARCH + form.withText(corrected).atPage(1)))
                .orElse(null);
    }

    private void addWant(Context ctx) {
        long id = Params.pathId(ctx, "id");
        ResultView result = resultFromForm(ctx, id);
        answer(ctx, writes.addWant(id), result, result.marked(result.owned(), true), "Added to your wantlist.");
    }

    private void addToCollection(Context ctx) {
        long id = Params.pathId(ctx, "id");
        ResultView result = resultFromForm(ctx, id);
        long folder = Params.folder(ctx.formParam("folder"), DiscogsFolder.UNCATEGORIZED);
        try {
            answer(ctx, writes.addToCollection(id, folder), result, result.marked(true, result.wanted()),
                    "Added to your collection.");
        } catch (ActionRefused e) {
            ctx.status(e.notFound() ? 404 : 400);
            actions(ctx, result, null, e.getMessage());
        }
    }

    /** Done: say so. Still pending: say it is queued (the page already shows it). Failed: why, with a 409. */
    private void answer(Context ctx, Action action, ResultView before, ResultView after, String doneMessage) {
        switch (action.state()) {
            case DONE -> actions(ctx, after, doneMessage, null);
            case PENDING -> actions(ctx, after, "Queued: " + (action.error() == null
                    ? "it goes to Discogs in a moment." : action.error()), null);
            default -> {
                ctx.status(409);
                actions(ctx, before, null, "Could not apply: " + action.error());
            }
        }
    }

    /** The result's own line travels with the button, so the swapped fragment can show it again. */
    private static ResultView resultFromForm(Context ctx, long id) {
        return new ResultView(id, SearchType.RELEASE, limit(ctx.formParam("title")), null, null, null, null, null, null,
                Params.flag(ctx.formParam("owned"), "owned"), Params.flag(ctx.formParam("wanted"), "wanted"));
    }

    private void actions(Context ctx, ResultView result, String message, String error) {
        templates.fragment(ctx, "search/actions.jte", new ResultActions(result, folders.list(), new Urls(basePath), message, error),
                message);
    }


    private static String limit(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) : s;
    }
}
