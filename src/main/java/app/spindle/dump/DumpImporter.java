package app.spindle.dump;

import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.ReleaseMapping;
import app.spindle.mirror.ReleaseWriter;
import app.spindle.mirror.Timestamps;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a releases dump into the mirror through {@link ReleaseWriter}, as if each release had been
 * fetched from the API on the dump's date, so the sync's details queue (missing or older than the
 * refresh age) then asks only for what the dump lacks. A release whose stored copy was fetched after
 * the dump is left alone.
 *
 * <p>Default mode writes each referenced release in its own transaction; {@link ImportMode#ALL}
 * writes batches of whole releases per transaction through {@link BulkReleaseWriter} (the same rows, from
 * the same mapping), new releases and changed ones alike. Either way the checkpoint in {@code dump_imports}
 * commits with the releases it counts, so an import stopped anywhere resumes without gaps or doubles.
 */
public final class DumpImporter {
    private static final Logger log = LoggerFactory.getLogger(DumpImporter.class);
    private static final int BATCH = 2000;
    private static final Duration BATCH_TIME = Duration.ofSeconds(4);
    private static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(2);
    /** Compressed bytes per release in the monthly dumps (756 in 2020's): what a file's size says it holds. */
    private static final long GZIP_BYTES_PER_RECORD = 750;

    private final Mirror mirror;
    private final Clock clock;

    public DumpImporter(Mirror mirror, Clock clock) {
        this.mirror = mirror;
        this.clock = clock;
    }

    public ImportResult importReleases(DumpFile file, ImportMode mode, ImportProgress progress, BooleanSupplier stop) {
        if (file.kind() != DumpKind.RELEASES) {
            throw new DumpException(DumpException.Problem.WRONG_KIND, file.path().getFileName() + " is a " + file.kind().root()
                    + " dump; import a releases dump (discogs_YYYYMMDD_releases.xml.gz)");
        }
        Instant dumpAt = file.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        ImportRuns runs = mirror.jdbi().onDemand(ImportRuns.class);
        runs.markInterrupted(now());
        ImportRun previous = runs.latest(file.path().toString(), file.size(), mode.word())
                .filter(r -> !r.succeeded()).orElse(null);
        long runId;
        if (previous != null) {
            runId = previous.id();
            runs.resume(runId, now());
            log.info("Resuming the import of {} after {} records", file.path(), previous.recordsDone());
        } else {
            runId = runs.start(file.path().toString(), file.size(), "releases", file.date().toString(), mode.word(), now());
        }
        Set<Long> wanted = mode == ImportMode.REFERENCED
                ? new HashSet<>(mirror.jdbi().onDemand(ReleaseTargets.class).referencedOlderThan(Timestamps.format(dumpAt)))
                : null;
        ByteCounter bytes = new ByteCounter();
        progress.started(file, mode, bytes);
        Pass pass = new Pass(runId, previous == null ? 0 : previous.recordsDone(),
                previous == null ? 0 : previous.imported(), mode, wanted, dumpAt, progress, stop,
                file.size() / GZIP_BYTES_PER_RECORD);
        long started = System.nanoTime();
        ImportResult.Outcome outcome;
        String error = null;
        try (DumpReader reader = new DumpReader(file, bytes)) {
            outcome = mirror.database().withOwnConnection(h -> pass.run(h, reader)) ? ImportResult.Outcome.INTERRUPTED : ImportResult.Outcome.SUCCEEDED;
        } catch (DumpException e) {
            outcome = ImportResult.Outcome.FAILED;
            error = e.getMessage();
        }
        runs.finish(runId, outcome.word(), error, now());
        progress.finished(outcome, error);
        return new ImportResult(outcome, pass.index, pass.imported, pass.keptNewer, pass.unchanged, previous != null,
                (System.nanoTime() - started) / 1e9, error);
    }

    /** One pass over the file; its counters are the checkpoint. */
    private final class Pass {
        private final long runId;
        private final long resumeAfter;
        private final ImportMode mode;
        private final Set<Long> wanted;
        private final String dumpAt;
        private final ReleaseWriter writer;
        private final ImportProgress progress;
        private final BooleanSupplier stop;
        private long index;
        private long lastId;
        private long imported;
        private long keptNewer;
        private long unchanged;
        private final long expectedRecords;
        private BulkReleaseWriter bulk;

        Pass(long runId, long resumeAfter, long importedBefore, ImportMode mode, Set<Long> wanted, Instant dumpAt,
                ImportProgress progress, BooleanSupplier stop, long expectedRecords) {
            this.runId = runId;
            this.resumeAfter = resumeAfter;
            this.imported = importedBefore;
            this.mode = mode;
            this.wanted = wanted;
            this.dumpAt = Timestamps.format(dumpAt);
            // details_fetched_at becomes the dump's date: the refresh age counts from it
            this.writer = new ReleaseWriter(mirror.jdbi(), Clock.fixed(dumpAt, ZoneOffset.UTC));
            this.progress = progress;
            this.stop = stop;
            this.expectedRecords = expectedRecords;
        }

        /** @return true when stopped before the end of the file */
        boolean run(Handle h, DumpReader reader) {
            if (mode != ImportMode.ALL) {
                try (ReleaseParser parsed = new ReleaseParser(reader, resumeAfter, wanted, null)) {
                    return loop(h, parsed, 1);
                }
            }
            BulkLoad load = BulkLoad.prepare(h, expectedRecords);
            try (BulkReleaseWriter b = new BulkReleaseWriter(h.getConnection(), load.deferred());
                    // a fresh load maps on the parsing thread; a refresh maps only the few releases that changed
                    ReleaseParser parsed = new ReleaseParser(reader, resumeAfter, null, load.deferred() ? dumpAt : null)) {
                bulk = b;
                if (resumeAfter > 0) {
                    b.keepStoredNames(h.getConnection());
                }
                boolean stopped = loop(h, parsed, BATCH);
                if (!stopped) {
                    load.finish(h);
                }
                return stopped;
            } catch (DumpException e) {
                load.finish(h); // what was written is whole: make it searchable and indexed
                throw e;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare the bulk import: " + e.getMessage(), e);
            }
        }

        private boolean loop(Handle h, ReleaseParser parsed, int batchSize) {
            ImportRuns runs = h.attach(ImportRuns.class);
            ReleaseTargets targets = h.attach(ReleaseTargets.class);
            int inBatch = 0;
            Instant batchStarted = null;
            Instant lastCheckpoint = clock.instant();
            boolean stopped = false;
            try {
                ParsedRelease next;
                while ((next = parsed.next()) != null) {
                    if (stop.getAsBoolean()) {
                        stopped = true;
                        break;
                    }
                    index = next.index();
                    if (next.skipped()) {
                        if (!h.isInTransaction() && clock.instant().isAfter(lastCheckpoint.plus(CHECKPOINT_EVERY))) {
                            lastId = next.id();
                            runs.checkpoint(runId, Math.max(index, resumeAfter), lastId, imported, now());
                            lastCheckpoint = clock.instant();
                        }
                        progress.counted(index, imported);
                        continue;
                    }
                    if (!h.isInTransaction()) {
                        h.begin();
                        batchStarted = clock.instant();
                    }
                    write(targets, next);
                    lastId = next.id();
                    inBatch++;
                    if (inBatch >= batchSize || clock.instant().isAfter(batchStarted.plus(BATCH_TIME))) {
                        flushBulk();
                        runs.checkpoint(runId, index, lastId, imported, now());
                        h.commit();
                        lastCheckpoint = clock.instant();
                        inBatch = 0;
                    }
                    progress.counted(index, imported);
                }
                if (h.isInTransaction()) {
                    flushBulk();
                    runs.checkpoint(runId, index, lastId, imported, now());
                    h.commit();
                }
                return stopped;
            } catch (RuntimeException e) {
                if (h.isInTransaction()) {
                    h.rollback(); // the batch and its checkpoint go together: the next run redoes them
                }
                throw e;
            }
        }

        /** Writes the rows the bulk writer holds for a fuller statement, inside the open transaction. */
        private void flushBulk() {
            if (bulk == null) {
                return;
            }
            try {
                bulk.flush();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store the releases up to record " + index + ": " + e.getMessage(), e);
            }
        }

        private void write(ReleaseTargets targets, ParsedRelease parsed) {
            DumpRelease record = parsed.record();
            try {
                DiscogsRelease release = record.release();
                ReleaseTargets.Stored stored = bulk != null ? bulk.stored(release.id())
                        : targets.stored(release.id()).orElse(null);
                if (stored != null && stored.detailsFetchedAt() != null && stored.detailsFetchedAt().compareTo(dumpAt) >= 0) {
                    keptNewer++;
                    return;
                }
                if (stored != null && stored.sameRecord(record)) {
                    unchanged++;
                    return;
                }
                // the listing's thumbnail is the API's; the dump has no image URLs to replace it with
                DiscogsRelease kept = stored == null || stored.thumb() == null ? release : WithThumb.of(release, stored.thumb());
                if (bulk == null) {
                    writer.writeDetails(kept, null);
                    targets.digest(release.id(), record.digest());
                } else if (stored == null) {
                    bulk.insertNew(parsed.rows() != null ? parsed.rows() : ReleaseMapping.rowsOf(release, dumpAt),
                            record.digest());
                } else {
                    bulk.replace(ReleaseMapping.rowsOf(kept, dumpAt), record.digest());
                }
                if (record.mainRelease() && bulk != null) {
                    bulk.mainRelease(release.masterId(), release.id());
                } else if (record.mainRelease()) {
                    targets.mainRelease(release.masterId(), release.id());
                }
                imported++;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store release " + record.release().id() + ": " + e.getMessage(), e);
            }
        }
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }
}
