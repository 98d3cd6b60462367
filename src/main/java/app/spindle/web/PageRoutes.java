package app.spindle.web;

import app.spindle.config.Config;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** The pages of the navigation; each shows the local mirror only, so none waits on Discogs. */
public final class PageRoutes implements RouteGroup {
    private final Config config;
    private final Templates templates;
    private final PageContext pages;
    private final StatusSource status;

    public PageRoutes(Config config, Templates templates, PageContext pages, StatusSource status) {
        this.config = config;
        this.templates = templates;
        this.pages = pages;
        this.status = status;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.HOME, ctx -> ctx.redirect(config.basePath() + Paths.COLLECTION));
        routes.get(Paths.COLLECTION, ctx -> empty(ctx, "collection", "Collection",
                "Every record in your Discogs collection, across all folders, appears here once it is mirrored."));
        routes.get(Paths.WANTLIST, ctx -> empty(ctx, "wantlist", "Wantlist",
                "The records you want, with a printable shopping list grouped by label and catalog number."));
        routes.get(Paths.TRACKS, ctx -> empty(ctx, "tracks", "Tracks",
                "Every track of every mirrored record: which record has this track, and on which side?"));
        routes.get(Paths.STATS, ctx -> empty(ctx, "stats", "Stats",
                "Your collection by decade, genre, style, format, label and country."));
    }

    private void empty(Context ctx, String key, String title, String lead) {
        templates.page(ctx, "empty.jte", new EmptyPage(pages.layout(ctx, title, key), title, lead,
                List.of("Connect your Discogs account in Settings to start the first sync.",
                        "Or try Spindle with made-up data: ./run.sh --demo")));
    }
}
