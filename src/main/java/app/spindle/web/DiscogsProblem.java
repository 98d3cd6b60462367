package app.spindle.web;

import app.spindle.discogs.DiscogsException;

/** What to tell a person when Discogs refused or failed an action, and with which status. */
public record DiscogsProblem(int status, String message) {

    /** The status of an action's answer: Discogs' own failures are a bad gateway to the browser. */
    public int actionStatus() {
        return status >= 500 ? 502 : status;
    }

    public static DiscogsProblem of(DiscogsException e) {
        if (e instanceof DiscogsException.Unauthorized) {
            return new DiscogsProblem(401, "Discogs no longer accepts Spindle's access to your account. "
                    + "Reconnect it on the Settings page; your mirror stays browsable meanwhile.");
        }
        if (e instanceof DiscogsException.Forbidden) {
            return new DiscogsProblem(403, "Discogs refused this action for your account.");
        }
        if (e instanceof DiscogsException.NotFound) {
            return new DiscogsProblem(404, "Discogs does not know that item (it may have been removed).");
        }
        if (e instanceof DiscogsException.RateLimitedTooLong) {
            return new DiscogsProblem(503, "Discogs is asking Spindle to slow down. Try again in a minute.");
        }
        if (e instanceof DiscogsException.AuthorizationFailed) {
            return new DiscogsProblem(400, "Connecting to Discogs did not work: " + e.getMessage() + ".");
        }
        return new DiscogsProblem(502, "Discogs could not be reached or answered strangely. Try again later; "
                + "everything already mirrored still works.");
    }
}
