package app.spindle.dump;

import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.CompressedJson;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.Timestamps;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;

/**
 * Imports a masters, artists or labels dump into the mirror's {@code masters}, {@code artists} and
 * {@code labels} tables, in batches with the checkpoint, like the releases. Entities fetched in full
 * from the API ({@code fetched_at} set) keep their name and profile.
 */
public final class EntityImporter {
    private static final int BATCH = 2000;
    private static final DiscogsModels MODELS = new DiscogsModels();

    private final Mirror mirror;
    private final Clock clock;

    public EntityImporter(Mirror mirror, Clock clock) {
        this.mirror = mirror;
        this.clock = clock;
    }

    public ImportResult importEntities(DumpFile file, ImportProgress progress, BooleanSupplier stop) {
        if (file.kind() == DumpKind.RELEASES) {
            throw new IllegalArgumentException("releases go through DumpImporter");
        }
        ImportRuns runs = mirror.jdbi().onDemand(ImportRuns.class);
        runs.markInterrupted(now());
        ImportRun previous = runs.latest(file.path().toString(), file.size(), ImportMode.ALL.word())
                .filter(r -> !r.succeeded()).orElse(null);
        long runId = previous != null ? previous.id()
                : runs.start(file.path().toString(), file.size(), file.kind().root(), file.date().toString(),
                        ImportMode.ALL.word(), now());
        if (previous != null) {
            runs.resume(runId, now());
        }
        long resumeAfter = previous == null ? 0 : previous.recordsDone();
        ByteCounter bytes = new ByteCounter();
        progress.started(file, ImportMode.ALL, bytes);
        long started = System.nanoTime();
        long[] counts = new long[2]; // records read, imported
        ImportResult.Outcome outcome;
        String error = null;
        try (DumpReader reader = new DumpReader(file, bytes)) {
            outcome = mirror.jdbi().withHandle(h -> {
                boolean stopped = false;
                while (!stopped) {
                    stopped = h.inTransaction(tx -> batch(tx, reader, file.kind(), file.date().toString(), runId, resumeAfter, counts, progress, stop));
                    if (counts[0] < 0) {
                        counts[0] = -counts[0];
                        return ImportResult.Outcome.SUCCEEDED;
                    }
                }
                return ImportResult.Outcome.INTERRUPTED;
            });
        } catch (DumpException e) {
            outcome = ImportResult.Outcome.FAILED;
            error = e.getMessage();
        }
        runs.finish(runId, outcome.word(), error, now());
        progress.finished(outcome, error);
        return new ImportResult(outcome, counts[0], counts[1], 0, 0, previous != null, (System.nanoTime() - started) / 1e9,
                error);
    }

    /** Up to BATCH records and the checkpoint in one transaction; counts[0] turns negative at the end of the file. */
    private boolean batch(Handle h, DumpReader reader, DumpKind kind, String dumpDate, long runId, long resumeAfter,
            long[] counts, ImportProgress progress, BooleanSupplier stop) {
        int written = 0;
        long lastId = 0;
        while (written < BATCH) {
            if (!reader.next()) {
                h.attach(ImportRuns.class).checkpoint(runId, counts[0], lastId, counts[1], now());
                counts[0] = -counts[0];
                return false;
            }
            if (stop.getAsBoolean()) {
                h.attach(ImportRuns.class).checkpoint(runId, counts[0], lastId, counts[1], now());
                return true;
            }
            counts[0]++;
            if (counts[0] <= resumeAfter) {
                continue;
            }
            EntityXml.Entity e = reader.read(switch (kind) {
                case MASTERS -> EntityXml::master;
                case ARTISTS -> EntityXml::artist;
                default -> EntityXml::label;
            });
            store(h, kind, e, dumpDate);
            lastId = e.id();
            counts[1]++;
            written++;
            progress.counted(counts[0], counts[1]);
        }
        h.attach(ImportRuns.class).checkpoint(runId, counts[0], lastId, counts[1], now());
        return false;
    }

    private static void store(Handle h, DumpKind kind, EntityXml.Entity e, String dumpDate) {
        String sql = switch (kind) {
            case MASTERS -> """
                    INSERT INTO masters (id, title, artist_credit, year, main_release_id)
                    VALUES (:id, :name, :artistCredit, :year, :mainReleaseId)
                    ON CONFLICT (id) DO UPDATE SET title = excluded.title, artist_credit = excluded.artist_credit,
                        year = excluded.year, main_release_id = excluded.main_release_id
                    WHERE masters.fetched_at IS NULL
                    """;
            case ARTISTS -> """
                    INSERT INTO artists (id, name, profile, gzip, dump_date) VALUES (:id, :name, :profile, :gzip, :dumpDate)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, profile = excluded.profile,
                        gzip = excluded.gzip, dump_date = excluded.dump_date
                    WHERE artists.fetched_at IS NULL
                    """;
            case LABELS -> """
                    INSERT INTO labels (id, name, profile, gzip, dump_date) VALUES (:id, :name, :profile, :gzip, :dumpDate)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, profile = excluded.profile,
                        gzip = excluded.gzip, dump_date = excluded.dump_date
                    WHERE labels.fetched_at IS NULL
                    """;
            case RELEASES -> throw new IllegalStateException();
        };
        h.createUpdate(sql).bind("id", e.id()).bind("name", e.name()).bind("profile", e.profile())
                .bind("artistCredit", e.artistCredit()).bind("year", e.year()).bind("mainReleaseId", e.mainReleaseId())
                .bind("gzip", e.document() == null ? null : CompressedJson.pack(MODELS.write(e.document())))
                .bind("dumpDate", dumpDate)
                .execute();
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }
}
