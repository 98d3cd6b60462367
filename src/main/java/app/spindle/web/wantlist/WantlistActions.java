package app.spindle.web.wantlist;

import app.spindle.actions.AccountEdits;
import app.spindle.actions.Action;
import app.spindle.actions.ActionState;
import app.spindle.mirror.WantRepository;
import app.spindle.mirror.WantRow;
import app.spindle.web.ErrorPages;
import java.time.Duration;

/** Removing a want and undoing it, through the action queue: the mirror shows the change at once. */
public final class WantlistActions {
    private final AccountEdits edits;
    private final WantRepository wants;
    private final Duration wait;

    public WantlistActions(AccountEdits edits, WantRepository wants, Duration wait) {
        this.edits = edits;
        this.wants = wants;
        this.wait = wait;
    }

    /** What a removed want had, so that Undo can put it back as it was; {@code action} says whether Discogs has it yet. */
    public record Removed(long releaseId, int rating, String notes, Action action) {
    }

    /** Discogs refused the change; the message says why. */
    public static final class NotApplied extends RuntimeException {
        NotApplied(String reason) {
            super(reason, null, false, false);
        }
    }

    public Removed remove(long releaseId) {
        WantRow want = wants.want(releaseId).orElseThrow(() ->
                new ErrorPages.NotFound("Release " + releaseId + " is not on your wantlist."));
        Action action = settled(edits.removeWant(releaseId));
        return new Removed(releaseId, want.rating(), want.notes(), action);
    }

    public Action restore(long releaseId, String notes, int rating) {
        return settled(edits.addWant(releaseId, notes, rating));
    }

    private Action settled(Action submitted) {
        Action action = edits.queue().awaitOutcome(submitted.id(), wait);
        if (action.state() == ActionState.FAILED) {
            throw new NotApplied("Could not apply: " + action.error());
        }
        return action;
    }
}
