package app.spindle.mirror.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shelf entries as last read, by shelf and key, for as long as the mirror is unchanged. Searches that differ
 * in a facet or an order show mostly the same records (the newest, the best matches of a word), and reading
 * a page's entries is three queries: kept, a page reads only the entries it has not shown lately. At most
 * {@value #CAPACITY} entries (about a kilobyte each); all are forgotten when the mirror changes.
 */
final class KeptItems {
    static final int CAPACITY = 16_384;

    private record Key(Shelf shelf, long key) {
    }

    private final Map<Key, ShelfItem> items = new LruMap<>(CAPACITY);
    private long version = Long.MIN_VALUE;

    /** The kept entries among the keys, read at {@code version}; the others are missing from the answer. */
    synchronized Map<Long, ShelfItem> known(Shelf shelf, List<Long> keys, long version) {
        Map<Long, ShelfItem> known = new HashMap<>();
        if (version != this.version) {
            return known;
        }
        for (Long key : keys) {
            ShelfItem item = items.get(new Key(shelf, key));
            if (item != null) {
                known.put(key, item);
            }
        }
        return known;
    }

    /**
     * Keeps entries read at {@code version} or later (the caller read the version first): entries newer than
     * their stamp are forgotten with it at the next change, never shown for an older mirror.
     */
    synchronized void keep(Shelf shelf, List<ShelfItem> read, long version) {
        if (version != this.version) {
            if (version < this.version) {
                return;
            }
            items.clear();
            this.version = version;
        }
        for (ShelfItem item : read) {
            items.put(new Key(shelf, item.key()), item);
        }
    }
}
