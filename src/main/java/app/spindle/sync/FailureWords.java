package app.spindle.sync;

import app.spindle.discogs.DiscogsException;
import app.spindle.mirror.StorageProblem;

/** Says in plain words why a run stopped, for the status panel; messages never carry a token. */
final class FailureWords {
    private FailureWords() {
    }

    static String of(RuntimeException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof DiscogsException.Unauthorized) {
            return "Discogs no longer accepts the stored credentials: reconnect the account in Settings";
        }
        if (e instanceof DiscogsException.Unavailable) {
            return "Discogs could not be reached (" + detail + "); the next sync continues where this one stopped";
        }
        if (e instanceof DiscogsException.RateLimitedTooLong) {
            return "Discogs kept answering \"too many requests\"; the next sync continues where this one stopped";
        }
        if (e instanceof DiscogsException.BadResponse) {
            return "Discogs sent an answer Spindle could not read (" + detail + ")";
        }
        if (e instanceof DiscogsException.Rejected) {
            return "Discogs refused the request (" + detail + ")";
        }
        if (e instanceof DiscogsException.Forbidden) {
            return "Discogs refused access (" + detail + ")";
        }
        if (e instanceof DiscogsException.NotFound) {
            return "Discogs could not find what the sync asked for (" + detail + ")";
        }
        if (e instanceof DiscogsException) {
            return "Discogs: " + detail;
        }
        return StorageProblem.describe(e)
                .orElse("the sync failed unexpectedly (" + DiscogsException.withoutSecrets(detail) + ")");
    }

    /** Why a thread died, in a few words: "out of memory: Java heap space", "ArithmeticException: overflow". */
    static String describe(Throwable death) {
        if (death instanceof RuntimeException e && StorageProblem.describe(e).isPresent()) {
            return StorageProblem.describe(e).get();
        }
        String name = death instanceof OutOfMemoryError ? "out of memory" : death.getClass().getSimpleName();
        return death.getMessage() == null ? name : name + ": " + DiscogsException.withoutSecrets(death.getMessage());
    }
}
