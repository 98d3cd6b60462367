package app.spindle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Health check, machine-readable status and the status panel that htmx refreshes. */
public final class SystemRoutes implements RouteGroup {
    private final Templates templates;
    private final StatusSource status;
    private final String basePath;

    public SystemRoutes(Templates templates, StatusSource status, String basePath) {
        this.templates = templates;
        this.status = status;
        this.basePath = basePath;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.HEALTHZ, ctx -> ctx.contentType("text/plain").result("ok"));
        routes.get(Paths.API_STATUS, ctx -> ctx.json(status.current()));
        routes.get(Paths.PARTIAL_STATUS, this::statusPanel);
        routes.get(Paths.PARTIAL_SYNC_INDICATOR, ctx -> templates.page(ctx, "partials/sync/indicator.jte",
                SyncIndicator.of(status.sync(), new Urls(basePath))));
    }

    private void statusPanel(Context ctx) {
        StatusPanel panel = new StatusPanel(status.current(), new Urls(basePath));
        templates.fragment(ctx, "partials/status.jte", panel, panel.announcement());
    }
}
