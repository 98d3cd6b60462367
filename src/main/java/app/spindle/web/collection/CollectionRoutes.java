package app.spindle.web.collection;

import app.spindle.mirror.query.Shelf;
import app.spindle.web.EmptyPage;
import app.spindle.web.PageContext;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import app.spindle.web.prices.HomeDeals;
import app.spindle.web.HtmxRequest;
import app.spindle.web.shelf.ShelfParams;
import app.spindle.web.shelf.ShelfRequest;
import app.spindle.web.shelf.ShelfView;
import app.spindle.web.shelf.ShelfViews;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** The collection: every copy, browsed by facets, search and sort. */
public final class CollectionRoutes implements RouteGroup {
    private final String basePath;
    private final Templates templates;
    private final PageContext pages;
    private final ShelfViews views;
    private final HomeDeals deals;

    public CollectionRoutes(String basePath, Templates templates, PageContext pages, ShelfViews views, HomeDeals deals) {
        this.deals = deals;
        this.basePath = basePath;
        this.templates = templates;
        this.pages = pages;
        this.views = views;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.COLLECTION, this::collection);
        routes.get(Paths.COLLECTION_FACETS, this::facets);
    }

    private void collection(Context ctx) {
        ShelfRequest request = ShelfParams.parse(ctx, Shelf.COLLECTION, cookiePath());
        HtmxRequest.varyByHtmx(ctx);
        ShelfView shelf = views.view(request, basePath, Paths.COLLECTION, Paths.COLLECTION_FACETS);
        if (shelf.total() == 0 && request.filter().isEmpty()) {
            templates.page(ctx, "empty.jte", nothingMirrored(ctx));
            return;
        }
        templates.pageOrFragment(ctx, new Templates.Fragment("partials/shelf/results.jte", shelf, shelf.totalText(),
                shelf.action() + ShelfParams.queryOf(request)), "collection/index.jte",
                () -> new CollectionPage(pages.layout(ctx, "Collection", "collection"),
                        shelf, basePath + Paths.EXPORT_COLLECTION + ShelfParams.queryOf(request.withPage(1)),
                        request.filter().isEmpty() && request.page() == 1 ? deals.strip(basePath) : null));
    }

    private void facets(Context ctx) {
        ShelfRequest request = ShelfParams.parse(ctx, Shelf.COLLECTION, cookiePath());
        templates.page(ctx, "partials/shelf/facets.jte", views.facetPanel(request, basePath, Paths.COLLECTION));
    }

    private EmptyPage nothingMirrored(Context ctx) {
        return new EmptyPage(pages.layout(ctx, "Collection", "collection"), "Collection",
                "Every record in your Discogs collection, across all folders, appears here once it is mirrored.",
                List.of("Connect your Discogs account in Settings; the first sync starts at once and pages fill as it goes.",
                        "Or try Spindle with made-up data: ./run.sh --demo"));
    }

    private String cookiePath() {
        return basePath.isEmpty() ? "/" : basePath;
    }
}
