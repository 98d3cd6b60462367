package app.spindle.web.prices;

import app.spindle.prices.PassProgress;
import app.spindle.prices.PricePreferences;
import app.spindle.prices.WantPrice;
import app.spindle.prices.WantPrices;
import app.spindle.web.PageContext;
import app.spindle.web.Params;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import app.spindle.mirror.query.MirrorReads;
import org.jdbi.v3.core.Jdbi;

/** The wantlist by price ({@code /wantlist/prices}): for sale now, cheapest first, under my target, dropped most. */
public final class PriceListRoutes implements RouteGroup {
    public static final String WANT_PRICES = "/wantlist/prices";
    static final int PAGE_SIZE = 100;

    private final String basePath;
    private final Templates templates;
    private final PageContext pages;
    private final WantPrices wants;
    private final PricePreferences preferences;
    private final Supplier<PassProgress> progress;
    private final Clock clock;

    public PriceListRoutes(String basePath, Templates templates, PageContext pages, Jdbi jdbi, MirrorReads reads, WantPrices wants,
                           Supplier<PassProgress> progress, Clock clock) {
        this.basePath = basePath;
        this.templates = templates;
        this.pages = pages;
        this.wants = wants;
        this.preferences = new PricePreferences(jdbi, reads);
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(WANT_PRICES, this::list);
    }

    private void list(Context ctx) {
        String problem = "Show one of all, for-sale, under-target; sort by cheapest, dropped, seen or artist.";
        WantPrices.Filter filter = Params.word(ctx.queryParam("show"), WantPrices.Filter.values(), PriceListRoutes::word,
                WantPrices.Filter.ALL, problem);
        WantPrices.Sort sort = Params.word(ctx.queryParam("sort"), WantPrices.Sort.values(), PriceListRoutes::word,
                WantPrices.Sort.CHEAPEST, problem);
        int page = Params.page(ctx);
        String currency = preferences.currency();
        WantPrices.Page found = wants.page(filter, sort, currency, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        List<WantPricesPage.Row> rows = found.items().stream().map(this::row).toList();
        List<WantPricesPage.Link> filters = new ArrayList<>();
        filters.add(link("All wants", filter == WantPrices.Filter.ALL, WantPrices.Filter.ALL, sort, 1));
        filters.add(link("For sale now", filter == WantPrices.Filter.FOR_SALE, WantPrices.Filter.FOR_SALE, sort, 1));
        filters.add(link("Under my target", filter == WantPrices.Filter.UNDER_TARGET, WantPrices.Filter.UNDER_TARGET, sort, 1));
        List<WantPricesPage.Link> sorts = new ArrayList<>();
        sorts.add(link("Cheapest first", sort == WantPrices.Sort.CHEAPEST, filter, WantPrices.Sort.CHEAPEST, 1));
        sorts.add(link("Dropped most since last week", sort == WantPrices.Sort.DROPPED, filter, WantPrices.Sort.DROPPED, 1));
        sorts.add(link("Seen most recently", sort == WantPrices.Sort.SEEN, filter, WantPrices.Sort.SEEN, 1));
        sorts.add(link("Artist", sort == WantPrices.Sort.ARTIST, filter, WantPrices.Sort.ARTIST, 1));
        String summary = found.total() + (found.total() == 1 ? " want" : " wants") + ", " + found.priced() + " with a price";
        String total = String.format(Locale.ROOT, "Total of the lowest prices: %.2f %s", found.sum(), currency);
        int pageCount = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        templates.page(ctx, "prices/wantlist.jte", new WantPricesPage(pages.layout(ctx, "Wantlist prices", "wantlist"),
                filters, sorts, rows, summary, total, PassText.of(progress.get(), clock.instant()),
                page > 1 ? link("", false, filter, sort, page - 1).href() : null,
                page < pageCount ? link("", false, filter, sort, page + 1).href() : null,
                basePath + DealsFeedRoutes.FEED));
    }

    private WantPricesPage.Row row(WantPrice w) {
        String change = "";
        if (w.lowestPrice() != null && w.weekAgoPrice() != null && !w.lowestPrice().equals(w.weekAgoPrice())) {
            double delta = w.lowestPrice() - w.weekAgoPrice();
            change = String.format(Locale.ROOT, "%s%.2f since last week", delta > 0 ? "+" : "−", Math.abs(delta));
        }
        return new WantPricesPage.Row(w.releaseId(), basePath + Paths.release(w.releaseId()), w.artist(), w.title(),
                w.observedAt() == null ? "—" : PriceText.money(w.lowestPrice(), w.currency()),
                w.observedAt() == null || w.lowestPrice() == null ? "" : PriceText.forSale(w.numForSale()),
                PriceText.age(w.observedAt(), clock.instant()), change,
                w.target() == null ? "" : "target " + PriceText.money(w.target(), w.targetCurrency()), w.underTarget());
    }

    private WantPricesPage.Link link(String label, boolean current, WantPrices.Filter filter, WantPrices.Sort sort, int page) {
        String href = basePath + WANT_PRICES + "?show=" + word(filter) + "&sort=" + word(sort) + (page > 1 ? "&page=" + page : "");
        return new WantPricesPage.Link(label, href, current);
    }

    /** A list's filter or order as its link writes it: {@code UNDER_TARGET} is "under-target". */
    static String word(Enum<?> choice) {
        return Params.lowerCase(choice).replace('_', '-');
    }
}
