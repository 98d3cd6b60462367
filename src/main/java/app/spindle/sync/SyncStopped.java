package app.spindle.sync;

/** The run was asked to stop (Spindle is shutting down); what was written so far stays. */
final class SyncStopped extends RuntimeException {
    SyncStopped() {
        super("the sync was stopped before it finished");
    }
}
