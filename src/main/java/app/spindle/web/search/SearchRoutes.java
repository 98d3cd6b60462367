package app.spindle.web.search;

import app.spindle.discogs.DiscogsAuth;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsException;
import app.spindle.discogs.VersionFilter;
import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.discogs.model.DiscogsMaster;
import app.spindle.discogs.model.DiscogsMasterVersion;
import app.spindle.discogs.model.DiscogsSearchResult;
import app.spindle.discogs.model.MasterVersionsPage;
import app.spindle.discogs.model.SearchPage;
import app.spindle.mirror.FolderRepository;
import app.spindle.mirror.FolderRow;
import app.spindle.mirror.query.OwnershipQuery;
import app.spindle.web.BadRequest;
import app.spindle.web.DiscogsProblem;
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
import org.jdbi.v3.core.Jdbi;

/** Live Discogs search, a master's pressings, and the add-to-wantlist / add-to-collection buttons. */
public final class SearchRoutes implements RouteGroup {
    private final Templates templates;
    private final PageContext pages;
    private final DiscogsAuth auth;
    private final DiscogsClient discogs;
    private final WriteThrough writes;
    private final OwnershipQuery ownership;
    private final Jdbi jdbi;
    private final String basePath;

    public SearchRoutes(Templates templates, PageContext pages, DiscogsAuth auth, DiscogsClient discogs, WriteThrough writes,
                        Jdbi jdbi, String basePath) {
        this.templates = templates;
        this.pages = pages;
        this.auth = auth;
        this.discogs = discogs;
        this.writes = writes;
        this.ownership = new OwnershipQuery(jdbi);
        this.jdbi = jdbi;
        this.basePath = basePath;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.SEARCH, this::search);
        routes.get(Paths.MASTER, this::master);
        routes.post(Paths.ACTION_WANT, this::addWant);
        routes.post(Paths.ACTION_COLLECT, this::addToCollection);
    }

    private void search(Context ctx) {
        SearchForm form = SearchForm.from(ctx);
        boolean connected = auth.state().hasCredentials() && !auth.state().needsReconnect();
        List<ResultView> results = List.of();
        int pagesCount = 0;
        long items = 0;
        String notice = null;
        if (!connected) {
            notice = "Discogs only answers searches from a connected account. Connect yours in Settings.";
        } else if (!form.isEmpty()) {
            try {
                SearchPage found = discogs.search(form.toQuery(), form.page(), SearchForm.PER_PAGE);
                Map<Long, OwnershipQuery.Marks> marks = ownership.marks(found.results().stream()
                        .filter(r -> r.type().equals("release")).map(DiscogsSearchResult::id).toList());
                results = found.results().stream()
                        .map(r -> ResultView.of(r, marks.getOrDefault(r.id(), OwnershipQuery.Marks.NONE))).toList();
                pagesCount = Math.min(found.pagination().pages(), SearchForm.MAX_PAGE);
                items = found.pagination().items();
                if (results.isEmpty()) {
                    notice = "Nothing on Discogs matches that. Try fewer words, another spelling, or clear the format filter.";
                }
            } catch (DiscogsException e) {
                notice = DiscogsProblem.of(e).message();
            }
        }
        templates.page(ctx, "search/index.jte", new SearchScreen(pages.layout(ctx, "Search Discogs", "search"), form, results,
                form.page(), pagesCount, items, notice, connected, folders()));
    }

    private void master(Context ctx) {
        long id = Params.pathId(ctx, "id");
        int page = Params.page(ctx);
        String format = ctx.queryParam("format") == null ? "Vinyl" : ctx.queryParam("format").strip();
        if (format.length() > 40) {
            throw new BadRequest("The format filter takes at most 40 characters.");
        }
        String title = "Master " + id;
        String artistLine = null;
        Integer year = null;
        List<ResultView> versions = List.of();
        int pagesCount = 0;
        String notice = null;
        try {
            DiscogsMaster master = discogs.master(id);
            title = master.title();
            artistLine = String.join(" & ", master.artists().stream().map(a -> a.anv() == null || a.anv().isBlank()
                    ? a.name() : a.anv()).toList());
            year = master.year() > 0 ? master.year() : null;
            MasterVersionsPage found = discogs.masterVersions(id,
                    new VersionFilter(format.isEmpty() ? null : format, null, null, null), page, 50);
            Map<Long, OwnershipQuery.Marks> marks = ownership.marks(found.versions().stream().map(DiscogsMasterVersion::id).toList());
            versions = found.versions().stream()
                    .map(v -> ResultView.of(v, marks.getOrDefault(v.id(), OwnershipQuery.Marks.NONE))).toList();
            pagesCount = found.pagination().pages();
            if (versions.isEmpty()) {
                notice = "No " + (format.isEmpty() ? "" : format + " ") + "pressings listed for this master.";
            }
        } catch (DiscogsException.NotFound e) {
            throw new app.spindle.web.ErrorPages.NotFound("Discogs has no master " + id + ".");
        } catch (DiscogsException e) {
            notice = DiscogsProblem.of(e).message();
        }
        templates.page(ctx, "search/master.jte", new MasterPage(pages.layout(ctx, title, "search"), id, title, artistLine, year,
                versions, page, pagesCount, format, notice, folders()));
    }

    private void addWant(Context ctx) {
        long id = Params.pathId(ctx, "id");
        ResultView result = resultFromForm(ctx, id);
        try {
            writes.addWant(id);
            actions(ctx, result.marked(result.owned(), true), "Added to your wantlist.", null);
        } catch (DiscogsException e) {
            DiscogsProblem problem = DiscogsProblem.of(e);
            ctx.status(problem.status() >= 500 ? 502 : problem.status());
            actions(ctx, result, null, "Discogs refused: " + problem.message());
        }
    }

    private void addToCollection(Context ctx) {
        long id = Params.pathId(ctx, "id");
        ResultView result = resultFromForm(ctx, id);
        long folder = Params.folder(ctx.formParam("folder"), DiscogsFolder.UNCATEGORIZED);
        try {
            writes.addToCollection(id, folder);
            actions(ctx, result.marked(true, result.wanted()), "Added to your collection.", null);
        } catch (DiscogsException e) {
            DiscogsProblem problem = DiscogsProblem.of(e);
            ctx.status(problem.status() >= 500 ? 502 : problem.status());
            actions(ctx, result, null, "Discogs refused: " + problem.message());
        }
    }

    /** The result's own line travels with the button, so the swapped fragment can show it again. */
    private static ResultView resultFromForm(Context ctx, long id) {
        return new ResultView(id, "release", limit(ctx.formParam("title")), null, null, null, null, null, null,
                "true".equals(ctx.formParam("owned")), "true".equals(ctx.formParam("wanted")));
    }

    private void actions(Context ctx, ResultView result, String message, String error) {
        templates.page(ctx, "search/actions.jte", new ResultActions(result, folders(), new Urls(basePath), message, error));
    }

    private List<FolderRow> folders() {
        return jdbi.withExtension(FolderRepository.class, FolderRepository::folders).stream()
                .filter(f -> f.id() != DiscogsFolder.ALL).toList();
    }



    private static String limit(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) : s;
    }
}
