package app.spindle.web.actions;

import app.spindle.actions.Action;
import app.spindle.actions.ActionQueue;
import app.spindle.actions.ActionState;
import java.time.Duration;
import java.util.List;

/**
 * How the actions a page just queued stand after waiting a moment for Discogs: all done, some still pending
 * ({@code pending} says why), or one could not apply ({@code error}, which the page answers with a 409).
 */
public record Settled(boolean nothing, String pending, String error) {

    public static Settled await(ActionQueue queue, List<Action> submitted, Duration wait) {
        String pending = null;
        String error = null;
        for (Action action : submitted) {
            Action now = queue.awaitOutcome(action.id(), wait);
            if (now.state() == ActionState.FAILED && error == null) {
                error = "Could not apply: " + now.error();
            } else if (now.isPending() && pending == null) {
                pending = now.error() == null ? "Queued: it goes to Discogs in a moment."
                        : "Queued: " + now.error();
            }
        }
        return new Settled(submitted.isEmpty(), pending, error);
    }

    public boolean failed() {
        return error != null;
    }

    /** The words for the page: what failed, what waits, or {@code done} when Discogs has it all. */
    public String say(String done) {
        if (error != null) {
            return error;
        }
        if (nothing) {
            return "Nothing changed.";
        }
        return pending != null ? pending : done;
    }
}
