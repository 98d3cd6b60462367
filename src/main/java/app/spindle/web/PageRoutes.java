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
    }

    private void empty(Context ctx, String key, String title, String lead) {
        templates.page(ctx, "empty.jte", new EmptyPage(pages.layout(ctx, title, key), title, lead,
                List.of("Connect your Discogs account in Settings to start the first sync.",
                        "Or try Spindle with made-up data: ./run.sh --demo")));
    }
}
