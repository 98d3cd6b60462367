package app.spindle.web;

import app.spindle.config.Config;
import io.javalin.config.RoutesConfig;

/** The front door: the collection is Spindle's home page. */
public final class PageRoutes implements RouteGroup {
    private final Config config;

    public PageRoutes(Config config) {
        this.config = config;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.HOME, ctx -> ctx.redirect(config.basePath() + Paths.COLLECTION));
    }
}
