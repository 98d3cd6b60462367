package app.spindle.prices;

import java.time.Instant;

/** What the marketplace showed for a release at one moment: lowest price (null: none for sale) and supply. */
public record PriceObservation(long releaseId, Instant observedAt, Double lowestPrice, int numForSale, String currency) {
}
