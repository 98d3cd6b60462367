package app.spindle.prices;

import java.time.Instant;

/** Discogs' estimate of the collection's worth at one moment, as it formats it ("A$1,597.46") and as amounts. */
public record CollectionValue(Instant observedAt, String minimum, String median, String maximum,
                              Double minAmount, Double medianAmount, Double maxAmount) {

    /** The amount in a Discogs money text: "A$1,597.46" → 1597.46; null when there is none. */
    static Double amountOf(String money) {
        if (money == null) {
            return null;
        }
        String digits = money.replaceAll("[^0-9.]", "");
        try {
            return digits.isEmpty() ? null : Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
