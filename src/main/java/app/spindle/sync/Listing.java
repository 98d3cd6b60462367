package app.spindle.sync;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.ListOrder;
import app.spindle.discogs.model.CollectionPage;
import app.spindle.discogs.model.DiscogsCollectionItem;
import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.discogs.model.DiscogsWant;
import app.spindle.discogs.model.WantsPage;
import app.spindle.mirror.ListingWriter;
import java.util.HashSet;
import java.util.Set;

/**
 * Phase 3: every page of the collection (folder 0) and of the wantlist, 100 a page, newest first;
 * page 1 comes from the probe. Each page is written as it arrives. Only a pass that saw exactly as many
 * distinct items as Discogs reports on both its first and last page is complete: items added or
 * removed on Discogs during the pass shift the pages, and then nothing is removed locally.
 */
final class Listing {
    /** How one list's pass went. */
    record Outcome(boolean complete, int added, int removed) {
    }

    private final DiscogsClient client;
    private final ListingWriter writer;
    private final SyncProgress progress;
    private final Runnable checkStop;

    Listing(DiscogsClient client, ListingWriter writer, SyncProgress progress, Runnable checkStop) {
        this.client = client;
        this.writer = writer;
        this.progress = progress;
        this.checkStop = checkStop;
    }

    Outcome collection(long runId, CollectionPage first) {
        progress.phase(SyncStatus.Phase.COLLECTION, first.pagination().items());
        Set<Long> seen = new HashSet<>();
        int added = writer.writeCollectionPage(runId, first.releases());
        first.releases().forEach(i -> seen.add(i.instanceId()));
        progress.done(seen.size());
        CollectionPage page = first;
        for (int number = 2; number <= page.pagination().pages(); number++) {
            checkStop.run();
            page = client.collectionPage(DiscogsFolder.ALL, number, Probe.PER_PAGE, ListOrder.NEWEST_FIRST);
            added += writer.writeCollectionPage(runId, page.releases());
            page.releases().stream().map(DiscogsCollectionItem::instanceId).forEach(seen::add);
            progress.total(page.pagination().items());
            progress.done(seen.size());
        }
        boolean complete = seen.size() == first.pagination().items() && seen.size() == page.pagination().items();
        int removed = complete ? writer.applyCompleteCollectionListing(runId) : 0;
        return new Outcome(complete, added, removed);
    }

    Outcome wants(long runId, WantsPage first) {
        progress.phase(SyncStatus.Phase.WANTLIST, first.pagination().items());
        Set<Long> seen = new HashSet<>();
        int added = writer.writeWantsPage(runId, first.wants());
        first.wants().forEach(w -> seen.add(w.id()));
        progress.done(seen.size());
        WantsPage page = first;
        for (int number = 2; number <= page.pagination().pages(); number++) {
            checkStop.run();
            page = client.wantsPage(number, Probe.PER_PAGE, ListOrder.NEWEST_FIRST);
            added += writer.writeWantsPage(runId, page.wants());
            page.wants().stream().map(DiscogsWant::id).forEach(seen::add);
            progress.total(page.pagination().items());
            progress.done(seen.size());
        }
        boolean complete = seen.size() == first.pagination().items() && seen.size() == page.pagination().items();
        int removed = complete ? writer.applyCompleteWantsListing(runId) : 0;
        return new Outcome(complete, added, removed);
    }
}
