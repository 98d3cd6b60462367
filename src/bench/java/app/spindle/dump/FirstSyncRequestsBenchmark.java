package app.spindle.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.config.ConfigParser;
import app.spindle.config.DataFolder;
import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.sync.SyncPolicy;
import app.spindle.sync.SyncResult;
import app.spindle.sync.SyncRunner;
import app.spindle.testing.Folders;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * BENCHMARKS.md: requests of a first sync of a 5,000-record collection (and 1,000 wants), with and
 * without a dump imported first. {@code src/bench/run.sh app.spindle.dump.FirstSyncRequestsBenchmark}
 */
class FirstSyncRequestsBenchmark {
    public static void main(String[] args) throws Exception {
        Path dir = Folders.temporary("spindle-bench");
        new FirstSyncRequestsBenchmark(dir).a_dump_saves_at_least_95_percent_of_the_first_syncs_requests();
    }

    private FirstSyncRequestsBenchmark(Path dir) {
        this.dir = dir;
    }

    private final Path dir;
    void a_dump_saves_at_least_95_percent_of_the_first_syncs_requests() throws Exception {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(42).collectionSize(5000).wantlistSize(1000).folders(4)
                .rateLimit(600_000, Duration.ofSeconds(60)).latency(Duration.ZERO).start()) {
            Set<Long> referenced = new HashSet<>(fake.account().collectionReleaseIds());
            referenced.addAll(fake.account().wantReleaseIds());

            fake.resetRequestLog();
            SyncResult plain = sync(fake, dir.resolve("without"));
            long without = fake.requestCount();
            assertTrue(plain.succeeded(), String.valueOf(plain.error()));

            Path dumps = Files.createDirectories(dir.resolve("dumps"));
            Path file = FakeDump.write(fake, referenced, dumps, LocalDate.now(ZoneOffset.UTC).minusDays(5));
            fake.resetRequestLog();
            long started = System.nanoTime();
            int code = DumpCommand.run(ConfigParser.parse(new String[] {"import-dump", file.toString(), "--data",
                    dir.resolve("with").toString(), "--api-url", fake.baseUrl(), "--token", fake.token()}, k -> null),
                    new PrintStream(System.err, true));
            assertEquals(0, code);
            long listingAndImport = fake.requestCount();
            double importSeconds = (System.nanoTime() - started) / 1e9;
            SyncResult after = sync(fake, dir.resolve("with"));
            assertTrue(after.succeeded(), String.valueOf(after.error()));
            long with = fake.requestCount();

            double saved = 100.0 * (without - with) / without;
            System.out.printf(Locale.ROOT, "BENCH first sync, %d referenced releases: without dump %d requests (%d releases"
                            + " fetched); with dump %d requests (%d for listing + import in %.1f s, %d for the sync,"
                            + " %d releases fetched): %.1f %% fewer; dump file %d bytes%n",
                    referenced.size(), without, plain.releasesFetched(), with, listingAndImport, importSeconds,
                    with - listingAndImport, after.releasesFetched(), saved, Files.size(file));
            assertTrue(saved >= 95, saved + " % fewer");
        }
    }

    private static SyncResult sync(FakeDiscogs fake, Path data) {
        Mirror mirror = new Mirror(Database.open(DataFolder.prepare(data)), Clock.systemUTC());
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults(fake.baseUrl()).withRetries(3, Duration.ofMillis(5), 4),
                new RateGovernor(600_000, Duration.ofSeconds(60)), new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(fake.token()));
        return new SyncRunner(api, new DiscogsClient(api), mirror,
                new SyncPolicy(Duration.ofDays(30), Duration.ofDays(1), 0.05, 50), Clock.systemUTC()).run("bench");
    }
}
