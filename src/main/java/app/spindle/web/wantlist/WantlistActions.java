package app.spindle.web.wantlist;

import app.spindle.mirror.ListingWriter;
import app.spindle.mirror.WantRepository;
import app.spindle.mirror.WantRow;
import app.spindle.web.ErrorPages;
import java.util.List;

/** Removing a want and undoing it: Discogs first, then the mirror, so the two never disagree for long. */
public final class WantlistActions {
    private final WantlistRemote remote;
    private final WantRepository wants;
    private final ListingWriter listings;

    public WantlistActions(WantlistRemote remote, WantRepository wants, ListingWriter listings) {
        this.remote = remote;
        this.wants = wants;
        this.listings = listings;
    }

    /** What a removed want had, so that Undo can put it back as it was. */
    public record Removed(long releaseId, int rating, String notes) {
    }

    public Removed remove(long releaseId) {
        WantRow want = wants.want(releaseId).orElseThrow(() ->
                new ErrorPages.NotFound("Release " + releaseId + " is not on your wantlist."));
        remote.removeWant(releaseId);
        wants.remove(releaseId);
        return new Removed(releaseId, want.rating(), want.notes());
    }

    public void restore(long releaseId, String notes, int rating) {
        listings.writeWantsPage(null, List.of(remote.addWant(releaseId, notes, rating)));
    }
}
