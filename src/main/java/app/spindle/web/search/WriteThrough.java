package app.spindle.web.search;

import app.spindle.actions.AccountEdits;
import app.spindle.actions.Action;
import app.spindle.actions.ActionState;
import app.spindle.discogs.DiscogsException;
import java.time.Duration;

/**
 * Adds to the wantlist or collection through the action queue, and waits a moment for Discogs' answer so
 * that a page can say "added" at once; when Discogs cannot take it now, the action stays queued (pending).
 */
public final class WriteThrough {
    /** How long a page waits for Discogs before it shows the action as pending. */
    public static final Duration PAGE_WAIT = Duration.ofSeconds(3);

    private final AccountEdits edits;
    private final Duration wait;

    public WriteThrough(AccountEdits edits, Duration wait) {
        this.edits = edits;
        this.wait = wait;
    }

    public Action addWant(long releaseId) {
        return edits.queue().awaitOutcome(edits.addWant(releaseId).id(), wait);
    }

    public Action addToCollection(long releaseId, long folderId) {
        return edits.queue().awaitOutcome(edits.addCopy(releaseId, folderId).id(), wait);
    }

    /** For bulk work that must know of a refusal: a failed want is an exception; queued or done counts as added. */
    public void addWantOrRefuse(long releaseId) {
        Action action = addWant(releaseId);
        if (action.state() == ActionState.FAILED) {
            throw new DiscogsException.Rejected(action.error());
        }
    }
}
