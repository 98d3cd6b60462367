package app.spindle.dump;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The live figures of the import in progress (or the last one), written by the importing thread and
 * read by the console line and the Settings page.
 */
public final class ImportProgress {
    private final Clock clock;
    private volatile ImportState state = ImportState.IDLE;
    private volatile DumpFile file;
    private volatile ImportMode mode;
    private volatile ByteCounter bytes = new ByteCounter();
    private volatile Instant startedAt;
    private volatile long recordsRead;
    private volatile long imported;
    private volatile String error;

    public ImportProgress(Clock clock) {
        this.clock = clock;
    }

    void started(DumpFile file, ImportMode mode, ByteCounter bytes) {
        this.file = file;
        this.mode = mode;
        this.bytes = bytes;
        this.startedAt = clock.instant();
        this.recordsRead = 0;
        this.imported = 0;
        this.error = null;
        this.state = ImportState.RUNNING;
    }

    void counted(long recordsRead, long imported) {
        this.recordsRead = recordsRead;
        this.imported = imported;
    }

    void finished(ImportResult.Outcome outcome, String error) {
        this.error = error;
        this.state = ImportState.of(outcome);
    }

    /** The listing pass a default-mode import runs first. */
    void listing() {
        this.file = null;
        this.error = null;
        this.state = ImportState.LISTING;
    }

    /** A start refused before anything ran (no such file, another import running …). */
    void refused(String error) {
        this.file = null;
        this.error = error;
        this.state = ImportState.FAILED;
    }

    public ImportStatus current() {
        DumpFile f = file;
        if (f == null) {
            return new ImportStatus(state, null, null, 0, 0, 0, 0, 0, null, error);
        }
        long read = bytes.bytes();
        double seconds = Math.max(0.001, Duration.between(startedAt, clock.instant()).toMillis() / 1000.0);
        double rate = recordsRead / seconds;
        Long eta = state == ImportState.RUNNING && read > 0 && read < f.size()
                ? (long) Math.ceil(seconds * (f.size() - read) / read) : null;
        return new ImportStatus(state, f.path().getFileName().toString(), mode.word(), recordsRead, imported, read,
                f.size(), rate, eta, error);
    }
}
