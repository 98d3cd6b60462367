package app.spindle.mirror.query;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link ShelfIndex} of each large shelf and says when it may be used: only when it was read at
 * the mirror's current version, so a page never shows what the mirror no longer holds. When the mirror
 * has moved on, requests go to SQL as before and one background thread reads a fresh index, but only
 * once the mirror has been quiet for {@value #QUIET_MILLIS} ms: during a sync that writes a release a
 * second, an index would be out of date before it was read. Reads are also spaced (five times as long
 * as the last one took, at least {@value #MIN_PAUSE_MILLIS} ms apart). The first index of a shelf is
 * read {@value #FIRST_READ_AFTER_MILLIS} ms after a page first asked for it: that page is answered from SQL
 * meanwhile, and right after a start it needs both cores, which a read of 100,000 entries would share (with the
 * index never read, the first page after a start came about 40 ms sooner: BENCHMARKS.md, round 12). Small
 * shelves are not indexed: SQL answers them in a few milliseconds.
 */
final class ShelfIndexes implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ShelfIndexes.class);
    private static final long MIN_PAUSE_MILLIS = 5_000;
    private static final long QUIET_MILLIS = 2_000;
    private static final long FIRST_READ_AFTER_MILLIS = 300;

    /** A mirror version and when a request first saw it. */
    private record Seen(long version, long sinceNanos) {
    }

    private final MirrorReads reads;
    private final long fromSize;
    private final Map<Shelf, ShelfIndex> built = new EnumMap<>(Shelf.class);
    private final Map<Shelf, Long> nextReadAt = new EnumMap<>(Shelf.class);
    private final Map<Shelf, Seen> seen = new EnumMap<>(Shelf.class);
    private final Set<Shelf> reading = ConcurrentHashMap.newKeySet();
    private final BackgroundThread reader;

    /** @param fromSize shelves of at least this many entries are indexed */
    ShelfIndexes(MirrorReads reads, long fromSize) {
        this.reads = reads;
        this.fromSize = fromSize;
        this.reader = new BackgroundThread("spindle-shelf-index", Thread.MIN_PRIORITY);
    }

    /** The shelf's index if it is current; otherwise empty, and a fresh one is read in the background. */
    Optional<ShelfIndex> current(Shelf shelf, long shelfSize) {
        if (shelfSize < fromSize) {
            return Optional.empty();
        }
        long version = reads.version().current();
        ShelfIndex index;
        synchronized (built) {
            index = built.get(shelf);
        }
        if (index != null && index.version == version) {
            return Optional.of(index);
        }
        readLater(shelf, version, index == null);
        return Optional.empty();
    }

    private void readLater(Shelf shelf, long version, boolean first) {
        long now = System.nanoTime();
        synchronized (built) {
            Seen last = seen.get(shelf);
            if (last == null || last.version() != version) {
                seen.put(shelf, new Seen(version, now));
                if (!first) {
                    return;
                }
            } else if (!first && now - last.sinceNanos() < QUIET_MILLIS * 1_000_000L) {
                return;
            }
            Long next = nextReadAt.get(shelf);
            if (next != null && now - next < 0) {
                return;
            }
        }
        if (!reading.add(shelf)) {
            return;
        }
        try {
            reader.executeAfter(() -> {
                long start = System.nanoTime();
                try {
                    long at = reads.version().current();
                    ShelfIndex index = reads.with(h -> ShelfIndexReader.read(h, shelf, at));
                    long took = System.nanoTime() - start;
                    boolean firstRead;
                    synchronized (built) {
                        firstRead = built.put(shelf, index) == null;
                        nextReadAt.put(shelf, start + Math.max(MIN_PAUSE_MILLIS * 1_000_000L, 5 * took));
                    }
                    if (firstRead) {
                        log.info("Browsing the {} from memory: {} entries read in {} ms", shelf.name().toLowerCase(
                                java.util.Locale.ROOT), index.size(), took / 1_000_000);
                    } else {
                        log.debug("Read {} entries of the {} again in {} ms", index.size(), shelf, took / 1_000_000);
                    }
                } catch (RuntimeException e) {
                    synchronized (built) {
                        nextReadAt.put(shelf, start + MIN_PAUSE_MILLIS * 1_000_000L);
                    }
                    log.warn("Could not index the {}: {}", shelf, e.toString());
                } finally {
                    reading.remove(shelf);
                }
            }, Duration.ofMillis(first ? FIRST_READ_AFTER_MILLIS : 0));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            reading.remove(shelf); // closing
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
