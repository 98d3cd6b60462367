package app.spindle.web.prices;

import app.spindle.mirror.Timestamps;
import app.spindle.prices.WantPrice;
import app.spindle.prices.WantPrices;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /feeds/deals.atom}: the wants at or under their target, for any feed reader (no e-mail server
 * needed). Behind the same login as the pages. An entry's id names the release and the day of the price,
 * so a reader shows a deal again only when a new observation confirms it on another day.
 */
public final class DealsFeedRoutes implements RouteGroup {
    public static final String FEED = "/feeds/deals.atom";

    private final String basePath;
    private final Templates templates;
    private final WantPrices wants;

    public DealsFeedRoutes(String basePath, Templates templates, WantPrices wants) {
        this.basePath = basePath;
        this.templates = templates;
        this.wants = wants;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(FEED, this::feed);
    }

    private void feed(Context ctx) {
        String origin = ctx.scheme() + "://" + ctx.host();
        List<WantPrice> deals = wants.deals();
        List<DealsFeed.Entry> entries = deals.stream().sorted(Comparator.comparing(WantPrice::observedAt).reversed())
                .map(d -> new DealsFeed.Entry(
                        "urn:spindle:deal:" + d.releaseId() + ":" + d.observedAt().toString().substring(0, 10),
                        d.artist() + " – " + d.title() + " for " + PriceText.money(d.lowestPrice(), d.currency()),
                        origin + basePath + Paths.release(d.releaseId()), atomDate(d.observedAt()),
                        PriceText.money(d.lowestPrice(), d.currency()) + " (" + PriceText.forSale(d.numForSale())
                                + "), at or under your target of " + PriceText.money(d.target(), d.targetCurrency())
                                + "; seen " + Timestamps.format(d.observedAt()) + "."))
                .toList();
        String updated = entries.isEmpty() ? atomDate(Instant.EPOCH) : entries.get(0).updated();
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(templates.render("prices/deals.atom.jte", new DealsFeed("urn:spindle:deals:" + ctx.host(),
                origin + basePath + FEED, origin + basePath + PriceListRoutes.WANT_PRICES + "?show=" + PriceListRoutes.word(WantPrices.Filter.UNDER_TARGET),
                updated, entries)).strip());
    }

    private static String atomDate(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
