package app.spindle.web.actions;

import app.spindle.actions.Action;
import app.spindle.actions.ActionState;
import app.spindle.web.Paths;

/** One action in the list, with Retry and Dismiss where they apply; swapped alone by htmx after either. */
public record ActionRow(long id, String label, String state, String stateLabel, String detail, String when,
                        String retryUrl, String dismissUrl) {

    public String domId() {
        return "action-" + id;
    }

    static ActionRow of(Action a, String basePath) {
        String stateLabel = switch (a.state()) {
            case PENDING -> "Pending";
            case DONE -> "Done";
            case FAILED -> "Could not apply";
            case DISMISSED -> "Dismissed";
        };
        String detail = a.error() == null ? (a.isPending() ? "Goes to Discogs in a moment." : "") : a.error();
        String when = a.finishedAt() != null ? a.finishedAt() : a.createdAt();
        boolean failed = a.state() == ActionState.FAILED;
        boolean settled = failed || a.state() == ActionState.DONE;
        return new ActionRow(a.id(), a.label(), a.stateColumn(), stateLabel, detail,
                when == null ? "" : when.substring(0, Math.min(16, when.length())).replace('T', ' '),
                failed ? basePath + Paths.withId(Paths.ACTION_RETRY, a.id()) : null,
                settled ? basePath + Paths.withId(Paths.ACTION_DISMISS, a.id()) : null);
    }
}
