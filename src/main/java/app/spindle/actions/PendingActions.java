package app.spindle.actions;

import app.spindle.mirror.query.MirrorReads;
import java.util.List;

/** The actions still waiting for Discogs, as pages show them: read on the read side's kept-open connections. */
public final class PendingActions {
    private final MirrorReads reads;

    public PendingActions(MirrorReads reads) {
        this.reads = reads;
    }

    public List<Action> forRelease(long releaseId) {
        return reads.with(h -> h.attach(ActionStore.class).pendingFor(releaseId));
    }
}
