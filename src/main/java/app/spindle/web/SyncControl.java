package app.spindle.web;

/** What the web layer may ask of the background sync. */
public interface SyncControl {
    /** Starts a sync as soon as possible; a running one is not started twice. */
    void syncNow();

    SyncControl NONE = () -> { };
}
