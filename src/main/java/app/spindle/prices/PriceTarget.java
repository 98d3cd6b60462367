package app.spindle.prices;

import java.time.Instant;

/** The price at or under which the user wants to buy a wanted release; {@code inNotes}: also in the want's notes. */
public record PriceTarget(long releaseId, double target, String currency, boolean inNotes, Instant setAt) {

    /** A lowest price at or under a target in the same currency: a deal. Any of them null: not one. */
    public static boolean met(Double lowest, String currency, Double target, String targetCurrency) {
        return target != null && lowest != null && currency != null && currency.equals(targetCurrency)
                && lowest <= target;
    }
}
