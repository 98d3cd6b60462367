package app.spindle.web.wantlist;

import app.spindle.actions.Action;
import java.util.Optional;
import app.spindle.mirror.query.Shelf;
import app.spindle.mirror.query.ShelfItem;
import app.spindle.mirror.query.ShelfReader;
import app.spindle.mirror.query.ShelfSort;
import app.spindle.web.BadRequest;
import app.spindle.web.Counted;
import app.spindle.web.DiscogsProblem;
import app.spindle.web.Params;
import app.spindle.web.EmptyPage;
import app.spindle.web.PageContext;
import app.spindle.web.LiveRegion;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import app.spindle.web.shelf.ItemText;
import app.spindle.web.shelf.ItemView;
import app.spindle.web.HtmxRequest;
import app.spindle.web.shelf.ShelfCount;
import app.spindle.web.shelf.ShelfParams;
import app.spindle.web.shelf.ShelfRequest;
import app.spindle.web.shelf.ShelfView;
import app.spindle.web.shelf.ShelfViews;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import app.spindle.web.prices.CardPrice;
import app.spindle.web.prices.PriceTotal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The wantlist: the same browsing as the collection, plus remove with undo and the shopping list. */
public final class WantlistRoutes implements RouteGroup {
    private static final Logger log = LoggerFactory.getLogger(WantlistRoutes.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_NOTES = 10_000;

    private final String basePath;
    private final Templates templates;
    private final PageContext pages;
    private final ShelfViews views;
    private final ShelfReader reader;
    private final WantlistActions actions;
    private final Clock clock;

    public WantlistRoutes(String basePath, Templates templates, PageContext pages, ShelfViews views, ShelfReader reader,
                          WantlistActions actions, Clock clock) {
        this.clock = clock;
        this.basePath = basePath;
        this.templates = templates;
        this.pages = pages;
        this.views = views;
        this.reader = reader;
        this.actions = actions;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.WANTLIST, this::wantlist);
        routes.get(Paths.WANTLIST_FACETS, this::facets);
        routes.get(Paths.SHOPPING_LIST, this::shoppingList);
        routes.post(Paths.WANTLIST_REMOVE, this::remove);
        routes.post(Paths.WANTLIST_RESTORE, this::restore);
    }

    private void wantlist(Context ctx) {
        ShelfRequest request = ShelfParams.parse(ctx, Shelf.WANTLIST, cookiePath());
        HtmxRequest.varyByHtmx(ctx);
        ShelfView shelf = views.view(request, basePath, Paths.WANTLIST, Paths.WANTLIST_FACETS);
        if (shelf.total() == 0 && request.filter().isEmpty()) {
            templates.page(ctx, "empty.jte", new EmptyPage(pages.layout(ctx, "Wantlist", "wantlist"), "Wantlist",
                    "The records you want, with a printable shopping list grouped by label and catalog number.",
                    List.of("Add releases to your wantlist on Discogs (or from Search); they appear here after the next sync.",
                            "Not connected yet? Connect your Discogs account in Settings, or try ./run.sh --demo")));
            return;
        }
        templates.pageOrFragment(ctx, new Templates.Fragment("partials/shelf/results.jte", shelf, shelf.totalText(),
                shelf.action() + queryOf(request)), "wantlist/index.jte",
                () -> new WantlistPage(pages.layout(ctx, "Wantlist", "wantlist"), shelf,
                        basePath + Paths.SHOPPING_LIST + queryOf(request.withPage(1)),
                        basePath + Paths.EXPORT_WANTLIST + queryOf(request.withPage(1))));
    }

    private void facets(Context ctx) {
        ShelfRequest request = ShelfParams.parse(ctx, Shelf.WANTLIST, cookiePath());
        templates.page(ctx, "partials/shelf/facets.jte", views.facetPanel(request, basePath, Paths.WANTLIST));
    }

    private void remove(Context ctx) {
        long releaseId = releaseId(ctx);
        boolean list = ShelfParams.view(ctx.formParam("view")) == ShelfRequest.Display.LIST;
        ShelfItem item = reader.item(Shelf.WANTLIST, releaseId).orElse(null);
        String title = item == null ? "Release " + releaseId : item.title();
        String domId = "want-" + releaseId;
        try {
            WantlistActions.Removed removed = actions.remove(releaseId);
            withCount(ctx, "partials/wantlist/removed.jte", new RemovedWant(domId, title, list,
                    basePath + Paths.withId(Paths.WANTLIST_RESTORE, releaseId), undoValues(removed, list), null,
                    pendingNote(removed.action())), "Removed " + title + " from your wantlist.");
        } catch (WantlistActions.NotApplied e) {
            log.warn("Could not remove want {}: {}", releaseId, e.getMessage());
            ctx.status(409);
            templates.page(ctx, "partials/wantlist/removed.jte",
                    new RemovedWant(domId, title, list, null, null, "It is still on your wantlist. " + e.getMessage(), null));
        }
    }

    private void restore(Context ctx) {
        long releaseId = releaseId(ctx);
        boolean list = ShelfParams.view(ctx.formParam("view")) == ShelfRequest.Display.LIST;
        int rating = Params.rating(ctx.formParam("rating"));
        String notes = ctx.formParam("notes");
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new BadRequest("Notes can be at most " + MAX_NOTES + " characters long.");
        }
        Action restored;
        try {
            restored = actions.restore(releaseId, notes == null ? "" : notes, rating);
        } catch (WantlistActions.NotApplied e) {
            log.warn("Could not re-add want {}: {}", releaseId, e.getMessage());
            ctx.status(409);
            templates.page(ctx, "partials/wantlist/removed.jte", new RemovedWant("want-" + releaseId,
                    "Release " + releaseId, list, null, null, "It could not be put back. " + e.getMessage(), null));
            return;
        }
        Optional<ItemView> item = views.item(Shelf.WANTLIST, releaseId, basePath);
        if (item.isEmpty()) {
            // Discogs may have answered already while the shelf has not caught up: say what is true either way.
            String waiting = pendingNote(restored);
            String note = waiting == null ? "back on your wantlist on Discogs; it shows here after a reload."
                    : "queued to go back on your wantlist. " + waiting;
            templates.fragment(ctx, "partials/wantlist/removed.jte", new RemovedWant("want-" + releaseId,
                    "Release " + releaseId, list, null, null, null, note), "Release " + releaseId + ": " + note);
            return;
        }
        withCount(ctx, list ? "partials/shelf/row.jte" : "partials/shelf/card.jte", item.get(),
                item.get().title() + " is back on your wantlist.");
    }

    /** The fragment and the page's count of wants, which the change just moved. */
    private void withCount(Context ctx, String template, Object fragment, String announcement) {
        ctx.html(templates.render(template, fragment) + ShelfCount.outOfBand(ctx, reader, Shelf.WANTLIST)
                + LiveRegion.outOfBand(ctx, announcement));
    }

    /** Null once Discogs has the change; otherwise why it waits. */
    private static String pendingNote(Action action) {
        if (!action.isPending()) {
            return null;
        }
        return action.error() == null ? "Queued: it goes to Discogs in a moment." : "Queued: " + action.error();
    }

    private void shoppingList(Context ctx) {
        ShelfRequest request = ShelfParams.parse(ctx, Shelf.WANTLIST, cookiePath());
        List<ShelfItem> items = reader.page(Shelf.WANTLIST, request.filter(), new ShelfSort(ShelfSort.Key.LABEL, false),
                0, Integer.MAX_VALUE);
        Map<String, List<ShoppingListPage.Line>> byLabel = new LinkedHashMap<>();
        PriceTotal total = new PriceTotal();
        for (ShelfItem item : items) {
            total.add(item.price());
            CardPrice price = CardPrice.of(item.price(), clock.instant());
            ShelfItem.LabelLine label = item.labels().isEmpty() ? null : item.labels().get(0);
            String name = label == null || label.name() == null ? "No label" : label.name();
            byLabel.computeIfAbsent(name, k -> new ArrayList<>()).add(new ShoppingListPage.Line(
                    label == null || label.catno() == null ? "" : label.catno(), item.artist(), item.title(),
                    item.year() == null ? "" : item.year().toString(), ItemText.format(item.formats()),
                    item.country() == null ? "" : item.country(), item.notes() == null ? "" : item.notes(),
                    price == null ? "" : price.price(), price == null ? "" : price.age()));
        }
        List<ShoppingListPage.Group> groups = byLabel.entrySet().stream()
                .map(e -> new ShoppingListPage.Group(e.getKey(), e.getValue())).toList();
        templates.page(ctx, "wantlist/shopping-list.jte", new ShoppingListPage(
                pages.layout(ctx, "Shopping list", "wantlist"), basePath + Paths.WANTLIST + queryOf(request.withPage(1)),
                Counted.of(items.size(), "record", "records") + " from " + Counted.of(groups.size(), "label", "labels"),
                total.text(), groups));
    }

    private static String queryOf(ShelfRequest request) {
        return app.spindle.web.shelf.ShelfParams.queryOf(request);
    }

    private static long releaseId(Context ctx) {
        return Params.pathId(ctx, "id");
    }


    private static String undoValues(WantlistActions.Removed removed, boolean list) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("rating", Integer.toString(removed.rating()));
        values.put("notes", removed.notes() == null ? "" : removed.notes());
        values.put("view", (list ? ShelfRequest.Display.LIST : ShelfRequest.Display.GRID).word());
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String cookiePath() {
        return basePath.isEmpty() ? "/" : basePath;
    }
}
