package app.spindle.web.prices;

import app.spindle.mirror.query.ShelfItem;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a list of wants would cost at the lowest prices seen, per currency (a currency changed on Settings
 * leaves older prices in the old one until the pass sees them again), and how many have no price.
 */
public final class PriceTotal {
    private final Map<String, Double> sums = new TreeMap<>();
    private int withoutPrice;

    public void add(ShelfItem.Price price) {
        if (price == null || price.seenAt() == null || price.lowest() == null) {
            withoutPrice++;
        } else {
            sums.merge(price.currency(), price.lowest(), Double::sum);
        }
    }

    /** "Total at the lowest prices: 62.00 USD · 2 without a price". */
    public String text() {
        String total = sums.isEmpty() ? "no prices seen yet" : "Total at the lowest prices: " + sums.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%.2f %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining(" + "));
        return withoutPrice == 0 ? total : total + " · " + withoutPrice + " without a price";
    }
}
