package app.spindle.web.wantlist;

import app.spindle.discogs.model.DiscogsWant;

/**
 * The two wantlist changes Spindle makes on Discogs. Removing a want and undoing that both write
 * through to Discogs first; the mirror follows only when Discogs said yes.
 */
public interface WantlistRemote {
    void removeWant(long releaseId);

    /** Adds the release to the wantlist again with its notes and rating; returns the want as Discogs lists it. */
    DiscogsWant addWant(long releaseId, String notes, int rating);

    /** Used while no Discogs account is connected: every change is refused with a clear reason. */
    WantlistRemote NOT_CONNECTED = new WantlistRemote() {
        @Override
        public void removeWant(long releaseId) {
            throw new NotConnected();
        }

        @Override
        public DiscogsWant addWant(long releaseId, String notes, int rating) {
            throw new NotConnected();
        }
    };

    final class NotConnected extends RuntimeException {
        public NotConnected() {
            super("No Discogs account is connected: connect one in Settings to change your wantlist.");
        }
    }
}
