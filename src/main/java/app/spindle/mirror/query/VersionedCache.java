package app.spindle.mirror.query;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers figures derived from the mirror, keyed by what they were asked for and stamped with the
 * {@link MirrorVersion} they were computed at. When the mirror has changed, a figure is computed again
 * at once, unless the cache may serve stale figures and this one was expensive (facets over 100,000
 * copies): then it is served as it was while one background thread recomputes it, so pages stay fast
 * while a sync keeps writing. Entries and results people act on (pages, counts) are never stale.
 */
final class VersionedCache<K, V> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(VersionedCache.class);
    private static final long EXPENSIVE_NANOS = 20_000_000L;

    private record Entry<V>(V value, long version, long costNanos) {
    }

    private final MirrorVersion version;
    private final Map<K, Entry<V>> entries;
    private final Set<K> refreshing = ConcurrentHashMap.newKeySet();
    private final BackgroundThread background;
    private final boolean mayServeStale;

    VersionedCache(MirrorVersion version, int capacity, String threadName, boolean mayServeStale) {
        this.version = version;
        this.mayServeStale = mayServeStale;
        this.entries = new LruMap<>(capacity);
        this.background = new BackgroundThread(threadName, Thread.NORM_PRIORITY);
    }

    V get(K key, Supplier<V> compute) {
        long now = version.current();
        Entry<V> entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && entry.version() == now) {
            return entry.value();
        }
        if (mayServeStale && entry != null && entry.costNanos() > EXPENSIVE_NANOS) {
            if (refreshing.add(key)) {
                background.execute(() -> {
                    try {
                        store(key, now, compute);
                    } catch (RuntimeException e) {
                        log.warn("Could not refresh {}: {}", key, e.toString());
                    } finally {
                        refreshing.remove(key);
                    }
                });
            }
            return entry.value();
        }
        return store(key, now, compute);
    }

    /** What is kept for the key, current or not, without computing anything. */
    Optional<V> known(K key) {
        synchronized (entries) {
            Entry<V> entry = entries.get(key);
            return entry == null ? Optional.empty() : Optional.of(entry.value());
        }
    }

    private V store(K key, long at, Supplier<V> compute) {
        long start = System.nanoTime();
        V value = compute.get();
        Entry<V> entry = new Entry<>(value, at, System.nanoTime() - start);
        synchronized (entries) {
            entries.put(key, entry);
        }
        return value;
    }

    @Override
    public void close() {
        background.close();
    }
}
