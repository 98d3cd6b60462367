package app.spindle.web.prices;

import app.spindle.prices.WantPrice;
import app.spindle.prices.WantPrices;
import app.spindle.web.Counted;
import app.spindle.web.Paths;
import java.time.Clock;
import java.util.List;

/** The deals the landing page lists: wants at or under their target, cheapest first, each price with its age. */
public final class HomeDeals {
    static final int SHOWN = 6;

    private final WantPrices wants;
    private final Clock clock;

    public HomeDeals(WantPrices wants, Clock clock) {
        this.wants = wants;
        this.clock = clock;
    }

    /** Null when no want is at or under its target. */
    public DealsStrip strip(String basePath) {
        List<WantPrice> deals = wants.deals(SHOWN + 1);
        if (deals.isEmpty()) {
            return null;
        }
        List<DealsStrip.Deal> shown = deals.stream().limit(SHOWN).map(d -> new DealsStrip.Deal(
                basePath + Paths.release(d.releaseId()), d.artist(), d.title(),
                PriceText.money(d.lowestPrice(), d.currency()) + " · " + PriceText.forSale(d.numForSale()),
                "target " + PriceText.money(d.target(), d.targetCurrency()), PriceText.age(d.observedAt(), clock.instant())))
                .toList();
        long count = deals.size() > SHOWN ? wants.dealCount() : deals.size();
        String heading = Counted.of(count, "want is", "wants are") + " at or under your target"
                + (count > SHOWN ? " (the " + SHOWN + " cheapest here)" : "");
        return new DealsStrip(heading, shown, basePath + Paths.WANTLIST + "?price=under-target",
                basePath + DealsFeedRoutes.FEED);
    }
}
