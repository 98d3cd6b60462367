package app.spindle.actions;

import app.spindle.mirror.query.MirrorReads;
import java.util.List;

/**
 * The queue as pages list it, read on the read side's kept-open connections: a page view opens no connection
 * of its own. {@link ActionQueue} writes; this only reads.
 */
public final class ActionReads {
    private final MirrorReads reads;

    public ActionReads(MirrorReads reads) {
        this.reads = reads;
    }

    /** Waiting for Discogs, oldest first. */
    public List<Action> pending() {
        return reads.with(h -> h.attach(ActionStore.class).pending());
    }

    public List<Action> pendingFor(long releaseId) {
        return reads.with(h -> h.attach(ActionStore.class).pendingFor(releaseId));
    }

    /** The newest first. */
    public List<Action> recent(int limit) {
        return reads.with(h -> h.attach(ActionStore.class).recent(limit));
    }

    public int count(ActionState state) {
        return reads.with(h -> h.attach(ActionStore.class).count(state.column()));
    }
}
