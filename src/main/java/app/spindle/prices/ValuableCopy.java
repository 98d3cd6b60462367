package app.spindle.prices;

import java.time.Instant;

/** An owned release with its lowest marketplace price as the release details last gave it. */
public record ValuableCopy(long releaseId, String artistCredit, String title, double lowestPrice, Instant detailsFetchedAt) {
}
