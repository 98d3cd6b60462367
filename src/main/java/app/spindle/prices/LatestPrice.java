package app.spindle.prices;

import java.time.Instant;

/** The newest observation of a release, with the lowest price seen about a week before it (null if none). */
public record LatestPrice(long releaseId, Instant observedAt, Double lowestPrice, int numForSale, String currency,
                          Double weekAgoPrice) {
}
