package app.spindle.dump;

import app.spindle.mirror.ReleaseMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and maps the releases of a dump on its own thread, so that on two cores the writer's SQLite
 * work and the parse overlap. Records come out in file order, a chunk at a time through a bounded
 * queue (at most {@code CHUNKS} × {@code CHUNK} releases in memory); a failure of the file reaches the
 * reader in order, after the records before it, as the {@link DumpException} the reader would have
 * thrown itself.
 */
final class ReleaseParser implements AutoCloseable {
    private static final int CHUNK = 128;
    private static final int CHUNKS = 8;
    private static final Object END = new Object();

    private final DumpReader reader;
    private final long resumeAfter;
    private final Set<Long> wanted;
    private final String fetchedAt;
    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread thread;
    private volatile boolean closed;
    private List<ParsedRelease> current = List.of();
    private int position;
    private boolean ended;

    /**
     * @param wanted    ids to read, or null for every record
     * @param fetchedAt the time the rows say their details were fetched, or null to leave the mapping to the writer
     */
    ReleaseParser(DumpReader reader, long resumeAfter, Set<Long> wanted, String fetchedAt) {
        this.reader = reader;
        this.resumeAfter = resumeAfter;
        this.wanted = wanted;
        this.fetchedAt = fetchedAt;
        this.thread = new Thread(this::parse, "dump-parse");
        thread.setDaemon(true);
        thread.start();
    }

    private void parse() {
        try {
            long index = 0;
            List<ParsedRelease> chunk = new ArrayList<>(CHUNK);
            while (!closed && reader.next()) {
                index++;
                long id = reader.attributeId();
                if (index <= resumeAfter || (wanted != null && !wanted.contains(id))) {
                    chunk.add(new ParsedRelease(index, id, null, null));
                } else {
                    DumpRelease record = reader.release();
                    chunk.add(new ParsedRelease(index, id, record,
                            fetchedAt == null ? null : ReleaseMapping.rowsOf(record.release(), fetchedAt)));
                }
                if (chunk.size() == CHUNK) {
                    put(chunk);
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            put(chunk);
            put(END);
        } catch (RuntimeException e) {
            putQuietly(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Object item) throws InterruptedException {
        while (!closed && !chunks.offer(item, 100, TimeUnit.MILLISECONDS)) {
            // the writer is behind: wait, unless it went away
        }
    }

    private void putQuietly(RuntimeException e) {
        try {
            put(e);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next record in file order, or null after the last one. */
    @SuppressWarnings("unchecked")
    ParsedRelease next() {
        while (position >= current.size()) {
            if (ended) {
                return null;
            }
            Object item;
            try {
                item = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DumpException(DumpException.Problem.UNREADABLE, "interrupted while reading the dump");
            }
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof RuntimeException e) {
                ended = true;
                throw e;
            }
            current = (List<ParsedRelease>) item;
            position = 0;
        }
        return current.get(position++);
    }

    /** Stops the parsing thread; the caller closes the reader after it. */
    @Override
    public void close() {
        closed = true;
        chunks.clear();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
