package app.spindle.mirror.query;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that forgets the entry used least lately once it holds more than its capacity. Not thread-safe. */
public final class LruMap<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;

    public LruMap(int capacity) {
        super(64, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
