package app.spindle.web.prices;

import app.spindle.prices.PassProgress;
import java.time.Duration;
import java.time.Instant;

/** The price pass in one sentence: what it is doing, how far it is, when it will be done. */
final class PassText {
    private PassText() {
    }

    static String of(PassProgress p, Instant now) {
        if (p == null) {
            return "";
        }
        String budget = p.allowancePerWindow() + " requests per " + p.window().toSeconds() + " s";
        if (p.running()) {
            Long eta = p.etaSeconds();
            return "Looking up prices: " + p.done() + " of " + p.total() + " done"
                    + (eta == null ? "" : ", about " + duration(eta) + " left") + " (budget " + budget + ").";
        }
        if (p.lastError() != null) {
            return "The last price pass stopped: " + p.lastError();
        }
        if (p.nextDueAt() != null) {
            Duration until = Duration.between(now, p.nextDueAt());
            return "All prices are fresh; the next ones are due " + (until.isNegative() ? "now" : "in " + duration(until.toSeconds())) + ".";
        }
        return "Prices are looked up in the background, within a budget of " + budget + ".";
    }

    static String duration(long seconds) {
        if (seconds < 90) {
            return seconds + " s";
        }
        if (seconds < 90 * 60) {
            return (seconds + 30) / 60 + " min";
        }
        return String.format(java.util.Locale.ROOT, "%.1f h", seconds / 3600.0);
    }
}
