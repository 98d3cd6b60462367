package app.spindle.web.prices;

import app.spindle.mirror.Timestamps;
import app.spindle.mirror.query.ShelfItem;
import app.spindle.prices.PriceTarget;
import java.time.Instant;

/**
 * A want's price as its card shows it: "12.50 EUR · 7 for sale · seen 3 days ago", the target, and
 * whether the lowest price is at or under it. {@code price} is empty when it was never looked up.
 */
public record CardPrice(String price, String age, String target, boolean deal) {

    /** Null when the want has neither a price seen nor a target. */
    public static CardPrice of(ShelfItem.Price p, Instant now) {
        if (p == null) {
            return null;
        }
        Instant seen = p.seenAt() == null ? null : Timestamps.parse(p.seenAt());
        String price = seen == null ? "" : PriceText.money(p.lowest(), p.currency())
                + (p.lowest() == null ? "" : " · " + PriceText.forSale(p.forSale()));
        boolean deal = PriceTarget.met(p.lowest(), p.currency(), p.target(), p.targetCurrency());
        return new CardPrice(price, seen == null ? "" : PriceText.age(seen, now),
                p.target() == null ? "" : (deal ? "at or under your target of " : "target ")
                        + PriceText.money(p.target(), p.targetCurrency()), deal);
    }
}
