package app.spindle.web.wantlist;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsException;
import app.spindle.discogs.Priority;
import app.spindle.discogs.model.DiscogsWant;
import java.util.function.BooleanSupplier;

/** The wantlist changes made through {@link DiscogsClient}, in the interactive lane: a person is waiting. */
public final class DiscogsWantlistRemote implements WantlistRemote {
    private final DiscogsClient client;
    private final BooleanSupplier connected;

    public DiscogsWantlistRemote(DiscogsClient client, BooleanSupplier connected) {
        this.client = client.withPriority(Priority.INTERACTIVE);
        this.connected = connected;
    }

    @Override
    public void removeWant(long releaseId) {
        requireConnected();
        try {
            client.removeWant(releaseId);
        } catch (DiscogsException.NotFound alreadyGone) {
            // Removed on discogs.com meanwhile: what the person asked for is already true.
        }
    }

    @Override
    public DiscogsWant addWant(long releaseId, String notes, int rating) {
        requireConnected();
        return client.addWant(releaseId, notes, rating);
    }

    private void requireConnected() {
        if (!connected.getAsBoolean()) {
            throw new NotConnected();
        }
    }
}
