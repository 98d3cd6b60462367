package app.spindle.prices;

import app.spindle.mirror.SettingsRepository;
import app.spindle.mirror.query.ReadSide;
import java.util.List;
import java.util.Optional;
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
    private final ReadSide reads;

    /** Reads and writes on connections of its own (the price pass). */
    public PricePreferences(Jdbi jdbi) {
        this(jdbi, ReadSide.ownConnections(jdbi));
    }

    /** Writes on {@code jdbi}, reads on {@code reads}: pages pass the read side's kept-open connections. */
    public PricePreferences(Jdbi jdbi, ReadSide reads) {
        this.jdbi = jdbi;
        this.reads = reads;
    }

    public String currency() {
        String stored = setting(CURRENCY).orElse("USD");
        return CURRENCIES.contains(stored) ? stored : "USD";
    }

    public int sharePercent() {
        String stored = setting(SHARE).orElse(null);
        try {
            return stored == null ? DEFAULT_SHARE_PERCENT : Math.max(0, Math.min(MAX_SHARE_PERCENT, Integer.parseInt(stored)));
        } catch (NumberFormatException e) {
            return DEFAULT_SHARE_PERCENT;
        }
    }

    /** Whether a want's target is also written into its notes on Discogs (off unless the user turns it on). */
    public boolean targetsInNotes() {
        return setting(TARGETS_IN_NOTES).map("on"::equals).orElse(false);
    }

    private Optional<String> setting(String key) {
        return reads.with(h -> h.attach(SettingsRepository.class).get(key));
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
