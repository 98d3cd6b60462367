package app.spindle.web.search;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.model.DiscogsCollectionItem;
import app.spindle.discogs.model.DiscogsWant;
import app.spindle.mirror.ListingWriter;
import java.util.List;

/** Adds to the wantlist or collection on Discogs first; the mirror follows only once Discogs said yes. */
public final class WriteThrough {
    private final DiscogsClient discogs;
    private final ListingWriter listings;

    public WriteThrough(DiscogsClient discogs, ListingWriter listings) {
        this.discogs = discogs;
        this.listings = listings;
    }

    public DiscogsWant addWant(long releaseId) {
        DiscogsWant want = discogs.addWant(releaseId);
        listings.writeWantsPage(null, List.of(want));
        return want;
    }

    public DiscogsCollectionItem addToCollection(long releaseId, long folderId) {
        DiscogsCollectionItem item = discogs.addToCollection(releaseId, folderId);
        listings.writeCollectionPage(null, List.of(item));
        return item;
    }
}
