package app.spindle.web.prices;

import app.spindle.web.Option;
import java.util.List;

/**
 * The Prices part of Settings: currency, the pass's share of the rate limit, whether targets also go into
 * the wants' notes on Discogs, and how the pass is doing.
 */
public record PriceSettingsPanel(String action, String csrfToken, List<Option> currencies,
                                 int sharePercent, int maxSharePercent, boolean targetsInNotes, String passText,
                                 String message, String error) {
    public static final String ID = "price-settings";
}
