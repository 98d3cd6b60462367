package app.spindle.dump;

import app.spindle.mirror.Mirror;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports started from the Settings page: one at a time, on their own thread, with the progress the
 * page polls. A default-mode import first runs the listing pass it needs ({@code listing}) when the
 * mirror has no complete listing yet.
 */
public final class DumpImports implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DumpImports.class);

    /** Runs a listing pass and says what went wrong, or null when it succeeded. */
    public interface ListingPass {
        String run();
    }

    private final Mirror mirror;
    private final Clock clock;
    private final ListingPass listing;
    private final ImportProgress progress;
    private final AtomicBoolean stop = new AtomicBoolean();
    private Thread thread;

    public DumpImports(Mirror mirror, Clock clock, ListingPass listing) {
        this.mirror = mirror;
        this.clock = clock;
        this.listing = listing;
        this.progress = new ImportProgress(clock);
    }

    public ImportStatus status() {
        return progress.current();
    }

    /**
     * Starts importing {@code path}; a file Spindle cannot use is refused at once with a
     * {@link DumpException}, and so is a second import while one runs.
     */
    public synchronized void start(Path path, ImportMode mode) {
        if (thread != null && thread.isAlive()) {
            throw new DumpException(DumpException.Problem.UNREADABLE, "an import is already running; wait for it or stop it");
        }
        DumpFile file = DumpFile.of(path);
        stop.set(false);
        thread = new Thread(() -> run(file, mode), "dump-import");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the running import to stop after the releases it is writing; it resumes when started again. */
    public void requestStop() {
        stop.set(true);
    }

    private void run(DumpFile file, ImportMode mode) {
        try {
            if (file.kind() == DumpKind.RELEASES && mode == ImportMode.REFERENCED
                    && mirror.syncRuns().lastCompleteListingAt().isEmpty()) {
                progress.listing();
                String problem = listing.run();
                if (problem != null) {
                    progress.refused("Spindle needs your collection and wantlist first, and listing them failed: " + problem);
                    return;
                }
            }
            ImportResult result = file.kind() == DumpKind.RELEASES
                    ? new DumpImporter(mirror, clock).importReleases(file, mode, progress, stop::get)
                    : new EntityImporter(mirror, clock).importEntities(file, progress, stop::get);
            log.info("Import of {} {}: {} records, {} imported", file.path(), result.outcome().word(), result.recordsRead(),
                    result.imported());
        } catch (DumpException e) {
            progress.refused(e.getMessage());
        } catch (RuntimeException e) {
            log.error("Import of {} failed", file.path(), e);
            progress.refused("the import failed: " + e.getMessage());
        }
    }

    /** Waits for a running import to finish; for tests and shutdown. */
    public void awaitIdle(long millis) throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.join(millis);
        }
    }

    @Override
    public void close() {
        requestStop();
        try {
            awaitIdle(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
