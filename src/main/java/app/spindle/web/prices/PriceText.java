package app.spindle.web.prices;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** How prices and their age read on a page: "12.34 EUR", "seen 3 h ago". */
public final class PriceText {
    private PriceText() {
    }

    public static String money(Double amount, String currency) {
        return amount == null ? "none for sale" : String.format(Locale.ROOT, "%.2f %s", amount, currency);
    }

    /** The age of an observation, so that no figure ever looks current when it is not. */
    public static String age(Instant seen, Instant now) {
        if (seen == null) {
            return "never seen";
        }
        Duration age = Duration.between(seen, now);
        if (age.toMinutes() < 1) {
            return "seen just now";
        }
        if (age.toHours() < 1) {
            return "seen " + age.toMinutes() + " min ago";
        }
        if (age.toDays() < 2) {
            return "seen " + age.toHours() + " h ago";
        }
        return "seen " + age.toDays() + " days ago";
    }

    public static String forSale(int count) {
        return count == 1 ? "1 for sale" : count + " for sale";
    }
}
