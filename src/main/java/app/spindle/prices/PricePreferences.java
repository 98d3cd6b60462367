package app.spindle.prices;

import app.spindle.mirror.SettingsRepository;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** What the user chose on Settings for prices: the currency, and the share of the rate limit the pass may use. */
public final class PricePreferences {
    public static final String CURRENCY = "prices.currency";
    public static final String SHARE = "prices.share_percent";
    public static final String TARGETS_IN_NOTES = "prices.targets_in_notes";
    /** The currencies Discogs lets a user choose. */
    public static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CHF", "MXN",
            "BRL", "NZD", "SEK", "ZAR");
    public static final int DEFAULT_SHARE_PERCENT = 20;
    public static final int MAX_SHARE_PERCENT = 50;

    private final Jdbi jdbi;

    public PricePreferences(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public String currency() {
        String stored = jdbi.withExtension(SettingsRepository.class, s -> s.get(CURRENCY)).orElse("USD");
        return CURRENCIES.contains(stored) ? stored : "USD";
    }

    public int sharePercent() {
        String stored = jdbi.withExtension(SettingsRepository.class, s -> s.get(SHARE)).orElse(null);
        try {
            return stored == null ? DEFAULT_SHARE_PERCENT : Math.max(0, Math.min(MAX_SHARE_PERCENT, Integer.parseInt(stored)));
        } catch (NumberFormatException e) {
            return DEFAULT_SHARE_PERCENT;
        }
    }

    /** Whether a want's target is also written into its notes on Discogs (off unless the user turns it on). */
    public boolean targetsInNotes() {
        return jdbi.withExtension(SettingsRepository.class, s -> s.get(TARGETS_IN_NOTES)).map("on"::equals).orElse(false);
    }

    public void saveTargetsInNotes(boolean on) {
        jdbi.useExtension(SettingsRepository.class, s -> s.put(TARGETS_IN_NOTES, on ? "on" : "off"));
    }

    /** Stores a choice, or says in one line what is wrong with it. */
    public void save(String currency, String sharePercent) {
        if (!CURRENCIES.contains(currency)) {
            throw new IllegalArgumentException("currency must be one of " + String.join(", ", CURRENCIES));
        }
        int share;
        try {
            share = Integer.parseInt(sharePercent.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("the price budget is a whole percentage from 0 to " + MAX_SHARE_PERCENT);
        }
        if (share < 0 || share > MAX_SHARE_PERCENT) {
            throw new IllegalArgumentException("the price budget is a whole percentage from 0 to " + MAX_SHARE_PERCENT);
        }
        jdbi.useExtension(SettingsRepository.class, s -> {
            s.put(CURRENCY, currency);
            s.put(SHARE, String.valueOf(share));
        });
    }
}
