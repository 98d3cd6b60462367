package app.spindle.prices;

import java.time.Instant;

/** A want with its newest price (all price fields null when never seen) and target (null when none). */
public record WantPrice(long releaseId, String artist, String title, Integer year, Instant observedAt, Double lowestPrice,
                        int numForSale, String currency, Double weekAgoPrice, Double target, String targetCurrency) {

    /** At or under the user's target, in the same currency: a deal. */
    public boolean underTarget() {
        return PriceTarget.met(lowestPrice, currency, target, targetCurrency);
    }
}
