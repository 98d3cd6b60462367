package app.spindle.prices;

import java.time.Instant;

/** The price at or under which the user wants to buy a wanted release; {@code inNotes}: also in the want's notes. */
public record PriceTarget(long releaseId, double target, String currency, boolean inNotes, Instant setAt) {
}
