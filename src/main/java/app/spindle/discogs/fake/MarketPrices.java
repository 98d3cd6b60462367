package app.spindle.discogs.fake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The marketplace as it moves over (simulated) time: each release's lowest price and supply follow a
 * slow wave of its own plus a little daily noise, derived from the seed, the release and the day of the
 * fake's clock alone, so the same day always gives the same figures. Tests may pin a release's figures
 * ({@link #setListing}) to make a price drop when they need one, and decide whether the account is a seller.
 */
public final class MarketPrices {
    private static final int KIND_WAVE = 71;
    private static final int KIND_DAY = 72;
    /** What one US dollar buys, for the currencies Discogs lets a user choose (rough, fixed: it is a fake). */
    private static final Map<String, Double> PER_DOLLAR = Map.ofEntries(
            Map.entry("USD", 1.0), Map.entry("GBP", 0.79), Map.entry("EUR", 0.92), Map.entry("CAD", 1.36),
            Map.entry("AUD", 1.52), Map.entry("JPY", 150.0), Map.entry("CHF", 0.88), Map.entry("MXN", 17.1),
            Map.entry("BRL", 5.0), Map.entry("NZD", 1.64), Map.entry("SEK", 10.5), Map.entry("ZAR", 18.6));
    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "GBP", "£", "EUR", "€", "CAD", "CA$",
            "AUD", "A$", "JPY", "¥", "NZD", "NZ$", "CHF", "CHF", "SEK", "SEK", "ZAR", "ZAR");

    private final Catalogue catalogue;
    private final Clock clock;
    private final long seed;
    private final Map<Long, SaleListing> pinned = new ConcurrentHashMap<>();
    private volatile boolean seller;
    private volatile String userCurrency = "USD";

    MarketPrices(Catalogue catalogue, Clock clock, long seed) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.seed = seed;
    }

    /** From now on the release shows exactly these figures (in US dollars; null price: nothing for sale). */
    public void setListing(long releaseId, int numForSale, Double lowestPriceUsd) {
        catalogue.sale(releaseId);
        pinned.put(releaseId, new SaleListing(numForSale, lowestPriceUsd));
    }

    /** Whether the account has filled out its seller settings (Discogs gives price suggestions only then). */
    public void setSeller(boolean seller) {
        this.seller = seller;
    }

    /** The currency the account chose on discogs.com: collection value is reported in it. */
    public void setUserCurrency(String currency) {
        this.userCurrency = currency(currency);
    }

    boolean seller() {
        return seller;
    }

    String userCurrency() {
        return userCurrency;
    }

    /** Today's figures of a release, in US dollars. */
    SaleListing today(long releaseId) {
        SaleListing fixed = pinned.get(releaseId);
        if (fixed != null) {
            return fixed;
        }
        SaleListing base = catalogue.sale(releaseId);
        if (base.lowestPrice() == null) {
            return base;
        }
        long day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toEpochDay();
        Dice wave = Dice.of(seed, KIND_WAVE, releaseId);
        double period = wave.between(9, 40);
        double phase = wave.unit() * period;
        Dice noise = Dice.of(seed, KIND_DAY, releaseId * 100_003 + day);
        double factor = 1 + 0.3 * Math.sin(2 * Math.PI * (day + phase) / period) + 0.1 * (noise.unit() - 0.5);
        int count = Math.max(1, (int) Math.round(base.numForSale() * (1.6 - factor)) + noise.between(-1, 1));
        return new SaleListing(count, Math.max(0.5, Math.round(base.lowestPrice() * factor * 100) / 100.0));
    }

    /** A currency Discogs knows, or US dollars (as Discogs does for one it does not). */
    static String currency(String requested) {
        return requested != null && PER_DOLLAR.containsKey(requested) ? requested : "USD";
    }

    static double convert(double usd, String currency) {
        return Math.round(usd * PER_DOLLAR.get(currency) * 100) / 100.0;
    }

    /** As discogs.com formats money in collection value: "A$1,597.46". */
    static String formatted(double amount, String currency) {
        return SYMBOLS.getOrDefault(currency, currency + " ") + String.format(java.util.Locale.US, "%,.2f", amount);
    }
}
