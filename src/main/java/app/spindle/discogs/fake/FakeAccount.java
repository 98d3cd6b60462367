package app.spindle.discogs.fake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Discogs account the fake serves: collection instances in folders, the wantlist, and the changes a user
 * makes on discogs.com (call these from a test to simulate them). Thread-safe: sync and user actions hit it
 * concurrently. Sorted listings are cached until the next change.
 */
public final class FakeAccount {
    static final int ALL = 0;
    static final int UNCATEGORIZED = 1;
    private static final long INSTANCE_ID_STEP = 37;

    private final Catalogue catalogue;
    private final ListingOrder order;
    private final Clock clock;
    private final Map<Long, CollectionInstance> instances = new LinkedHashMap<>();
    private final Map<Long, WantEntry> wants = new LinkedHashMap<>();
    private final Map<Long, Integer> copies = new java.util.HashMap<>();
    private final Map<Integer, String> folders = new TreeMap<>();
    private final List<CollectionField> fields = new ArrayList<>();
    private final Map<String, List<CollectionInstance>> collectionListings = new LinkedHashMap<>();
    private final Map<String, List<WantEntry>> wantListings = new LinkedHashMap<>();
    private long nextInstanceId = 1_000_000_000L;

    FakeAccount(Catalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.order = new ListingOrder(catalogue);
        this.clock = clock;
        folders.put(ALL, "All");
        folders.put(UNCATEGORIZED, "Uncategorized");
    }

    /** Adds a copy of the release to a folder (not 0, "All", which is read-only) and returns its instance id. */
    public synchronized long addToCollection(long releaseId, int folderId) {
        requireRelease(releaseId);
        if (folderId == ALL) {
            throw new IllegalArgumentException("folder 0 (All) is read-only; add to folder 1 or a user folder");
        }
        if (!folders.containsKey(folderId)) {
            throw new IllegalArgumentException("no folder " + folderId);
        }
        long instanceId = seedInstance(releaseId, folderId, 0, clock.instant().getEpochSecond(), null, null, null);
        changed();
        return instanceId;
    }

    public synchronized void removeInstance(long instanceId) {
        CollectionInstance removed = instances.remove(instanceId);
        if (removed == null) {
            throw new IllegalArgumentException("no instance " + instanceId);
        }
        copies.computeIfPresent(removed.releaseId(), (id, n) -> n == 1 ? null : n - 1);
        changed();
    }

    public synchronized void addWant(long releaseId) {
        requireRelease(releaseId);
        if (!wants.containsKey(releaseId)) {
            wants.put(releaseId, new WantEntry(releaseId, 0, "", clock.instant().getEpochSecond()));
            changed();
        }
    }

    public synchronized void removeWant(long releaseId) {
        if (wants.remove(releaseId) != null) {
            changed();
        }
    }

    public synchronized void setInstanceRating(long instanceId, int rating) {
        if (rating < 0 || rating > 5) {
            throw new IllegalArgumentException("a rating is 0 to 5, was " + rating);
        }
        update(requireInstance(instanceId).withRating(rating));
    }

    /** Moves a copy to another folder, as dragging it on discogs.com does. */
    public synchronized void moveInstance(long instanceId, int folderId) {
        if (folderId == ALL || !folders.containsKey(folderId)) {
            throw new IllegalArgumentException("cannot move to folder " + folderId);
        }
        update(requireInstance(instanceId).withFolder(folderId));
    }

    /** Creates a folder, as "Add folder" on discogs.com does, and returns its id. */
    public synchronized int createFolder(String name) {
        int id = folders.keySet().stream().mapToInt(Integer::intValue).max().orElse(UNCATEGORIZED) + 1;
        folders.put(id, name);
        changed();
        return id;
    }

    public synchronized void renameFolder(int folderId, String name) {
        requireUserFolder(folderId);
        folders.put(folderId, name);
        changed();
    }

    /** Deletes an empty user folder; Discogs refuses folders 0 and 1 and folders that still hold copies. */
    public synchronized void deleteFolder(int folderId) {
        requireUserFolder(folderId);
        if (instances.values().stream().anyMatch(i -> i.folderId() == folderId)) {
            throw new IllegalStateException("folder " + folderId + " is not empty");
        }
        folders.remove(folderId);
        changed();
    }

    /** Adds a custom collection field after the existing ones and returns its id. */
    public synchronized int addField(CollectionField field) {
        int id = fields.stream().mapToInt(CollectionField::id).max().orElse(0) + 1;
        int position = fields.stream().mapToInt(CollectionField::position).max().orElse(0) + 1;
        fields.add(field.numbered(id, position));
        return id;
    }

    public synchronized List<CollectionField> fields() {
        return List.copyOf(fields);
    }

    synchronized CollectionField field(int fieldId) {
        return fields.stream().filter(f -> f.id() == fieldId).findFirst().orElse(null);
    }

    /** Sets (or with null clears) one field of a copy, as editing it on discogs.com does. */
    public synchronized void setInstanceField(long instanceId, int fieldId, String value) {
        update(requireInstance(instanceId).withField(fieldId, value));
    }

    /** Every copy as it stands, in the order added: for tests comparing the account with what was intended. */
    public synchronized List<CollectionInstance> copies() {
        return List.copyOf(instances.values());
    }

    /** Every want as it stands, in the order added. */
    public synchronized List<WantEntry> wants() {
        return List.copyOf(wants.values());
    }

    /** The folders with their counts, 0 "All" first. */
    public synchronized List<CollectionFolder> folderList() {
        return folders();
    }

    /** The distinct releases in the collection, in the order they were first added. */
    public synchronized Set<Long> collectionReleaseIds() {
        Set<Long> ids = new LinkedHashSet<>();
        instances.values().forEach(instance -> ids.add(instance.releaseId()));
        return ids;
    }

    /** How many copies of the release the collection holds. */
    public synchronized int copiesOf(long releaseId) {
        return copies.getOrDefault(releaseId, 0);
    }

    public synchronized Set<Long> wantReleaseIds() {
        return new LinkedHashSet<>(wants.keySet());
    }

    public synchronized int instanceCount() {
        return instances.size();
    }

    /** The instance ids of every copy, in the order they were added. */
    public synchronized List<Long> instanceIds() {
        return List.copyOf(instances.keySet());
    }

    synchronized List<CollectionFolder> folders() {
        Map<Integer, Integer> counts = new TreeMap<>();
        folders.keySet().forEach(id -> counts.put(id, 0));
        for (CollectionInstance instance : instances.values()) {
            counts.merge(instance.folderId(), 1, Integer::sum);
        }
        counts.put(ALL, instances.size());
        List<CollectionFolder> list = new ArrayList<>();
        folders.forEach((id, name) -> list.add(new CollectionFolder(id, name, counts.get(id))));
        return list;
    }

    synchronized boolean hasFolder(int folderId) {
        return folders.containsKey(folderId);
    }

    synchronized void defineFields(List<CollectionField> defined) {
        fields.clear();
        fields.addAll(defined);
    }

    synchronized void addFolder(int id, String name) {
        folders.put(id, name);
        changed();
    }

    synchronized CollectionInstance instance(long instanceId) {
        return instances.get(instanceId);
    }

    synchronized List<CollectionInstance> instancesOf(long releaseId) {
        return instances.values().stream().filter(i -> i.releaseId() == releaseId).toList();
    }

    synchronized void update(CollectionInstance changedInstance) {
        instances.put(changedInstance.instanceId(), changedInstance);
        changed();
    }

    synchronized boolean inCollection(long releaseId) {
        return copies.containsKey(releaseId);
    }

    synchronized boolean inWantlist(long releaseId) {
        return wants.containsKey(releaseId);
    }

    /** The notes Discogs keeps with a want, or null when the release is not wanted. */
    public synchronized String wantNotes(long releaseId) {
        WantEntry want = wants.get(releaseId);
        return want == null ? null : want.notes();
    }

    synchronized WantEntry want(long releaseId) {
        return wants.get(releaseId);
    }

    synchronized WantEntry putWant(WantEntry want) {
        requireRelease(want.releaseId());
        wants.put(want.releaseId(), want);
        changed();
        return want;
    }

    /** A folder's items in the requested order; the list is shared and must not be changed. */
    synchronized List<CollectionInstance> listing(int folderId, String sort, boolean descending) {
        return collectionListings.computeIfAbsent(folderId + "/" + sort + "/" + descending, key -> {
            List<CollectionInstance> items = new ArrayList<>();
            for (CollectionInstance instance : instances.values()) {
                if (folderId == ALL || instance.folderId() == folderId) {
                    items.add(instance);
                }
            }
            if (!sort.equals("added") || descending) {
                order.sort(items, sort, descending, CollectionInstance::releaseId, CollectionInstance::rating,
                        CollectionInstance::instanceId);
            }
            return List.copyOf(items);
        });
    }

    synchronized List<WantEntry> wantListing(String sort, boolean descending) {
        return wantListings.computeIfAbsent(sort + "/" + descending, key -> {
            List<WantEntry> items = new ArrayList<>(wants.values());
            order.sort(items, sort, descending, WantEntry::releaseId, WantEntry::rating, WantEntry::addedEpochSecond);
            return List.copyOf(items);
        });
    }

    /** Adds an instance without touching caches: for seeding the account before it is served. */
    long seedInstance(long releaseId, int folderId, int rating, long addedEpochSecond, String media, String sleeve, String note) {
        long instanceId = nextInstanceId;
        nextInstanceId += INSTANCE_ID_STEP;
        Map<Integer, String> fields = new java.util.TreeMap<>();
        if (media != null) {
            fields.put(CollectionInstance.MEDIA, media);
        }
        if (sleeve != null) {
            fields.put(CollectionInstance.SLEEVE, sleeve);
        }
        if (note != null) {
            fields.put(CollectionInstance.NOTES, note);
        }
        instances.put(instanceId, new CollectionInstance(instanceId, releaseId, folderId, rating, addedEpochSecond, fields));
        copies.merge(releaseId, 1, Integer::sum);
        return instanceId;
    }

    void seedWant(long releaseId, int rating, String notes, long addedEpochSecond) {
        wants.put(releaseId, new WantEntry(releaseId, rating, notes, addedEpochSecond));
    }

    private CollectionInstance requireInstance(long instanceId) {
        CollectionInstance instance = instances.get(instanceId);
        if (instance == null) {
            throw new IllegalArgumentException("no instance " + instanceId);
        }
        return instance;
    }

    private void requireUserFolder(int folderId) {
        if (folderId == ALL || folderId == UNCATEGORIZED || !folders.containsKey(folderId)) {
            throw new IllegalArgumentException("folder " + folderId + " is not a user folder");
        }
    }

    private void requireRelease(long releaseId) {
        if (!catalogue.hasRelease(releaseId)) {
            throw new IllegalArgumentException("the fake has no release " + releaseId);
        }
    }

    private void changed() {
        collectionListings.clear();
        wantListings.clear();
    }
}
