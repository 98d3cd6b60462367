package app.spindle.sync;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.ListOrder;
import app.spindle.discogs.model.CollectionPage;
import app.spindle.discogs.model.DiscogsCollectionItem;
import app.spindle.discogs.model.DiscogsCollectionNote;
import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.discogs.model.DiscogsWant;
import app.spindle.discogs.model.WantsPage;
import app.spindle.mirror.CollectionItemRow;
import app.spindle.mirror.CollectionRepository;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.WantRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The freshness check, in three requests whatever the size of the collection: folder counts, the
 * newest page of the collection and the newest page of the wantlist, compared with the mirror. An
 * addition always shows on a newest-first first page, a removal in the counts, a move between
 * folders in the folder counts; edits to older items need the periodic complete listing.
 */
final class Probe {
    static final int PER_PAGE = 100;

    /** What Discogs said, and whether each list differs from the mirror. The pages are reused by the listing. */
    record Result(List<DiscogsFolder> folders, CollectionPage collectionFirstPage, WantsPage wantsFirstPage,
            boolean collectionChanged, boolean wantsChanged) {
    }

    private Probe() {
    }

    static Result run(DiscogsClient client, Mirror mirror) {
        List<DiscogsFolder> folders = client.folders();
        CollectionPage collection = client.collectionPage(DiscogsFolder.ALL, 1, PER_PAGE, ListOrder.NEWEST_FIRST);
        WantsPage wants = client.wantsPage(1, PER_PAGE, ListOrder.NEWEST_FIRST);
        return new Result(folders, collection, wants, collectionDiffers(folders, collection, mirror),
                wantsDiffer(wants, mirror));
    }

    private static boolean collectionDiffers(List<DiscogsFolder> folders, CollectionPage first, Mirror mirror) {
        CollectionRepository local = mirror.collection();
        if (first.pagination().items() != local.count()) {
            return true;
        }
        Map<Long, Long> localCounts = local.countsByFolder();
        for (DiscogsFolder folder : folders) {
            if (folder.id() != DiscogsFolder.ALL && folder.count() != localCounts.getOrDefault(folder.id(), 0L)) {
                return true;
            }
        }
        List<DiscogsCollectionItem> remote = first.releases();
        Map<Long, CollectionItemRow> newest = new HashMap<>();
        local.newest(remote.size()).forEach(row -> newest.put(row.instanceId(), row));
        for (DiscogsCollectionItem item : remote) {
            CollectionItemRow row = newest.get(item.instanceId());
            if (row == null || row.releaseId() != item.id() || row.folderId() != item.folderId()
                    || row.rating() != item.rating() || !notesOf(item).equals(local.fieldValues(item.instanceId()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wantsDiffer(WantsPage first, Mirror mirror) {
        if (first.pagination().items() != mirror.wants().count()) {
            return true;
        }
        List<DiscogsWant> remote = first.wants();
        Map<Long, WantRow> newest = new HashMap<>();
        mirror.wants().newest(remote.size()).forEach(row -> newest.put(row.releaseId(), row));
        for (DiscogsWant want : remote) {
            WantRow row = newest.get(want.id());
            if (row == null || row.rating() != want.rating() || !Objects.equals(row.notes(), want.notes())) {
                return true;
            }
        }
        return false;
    }

    private static Map<Integer, String> notesOf(DiscogsCollectionItem item) {
        Map<Integer, String> notes = new HashMap<>();
        for (DiscogsCollectionNote note : item.notes()) {
            notes.put(note.fieldId(), note.value());
        }
        return notes;
    }
}
