package app.spindle.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.config.ConfigParser;
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
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default mode against FakeDiscogs: import-dump lists first, imports what you own and want, and the sync then asks only for the rest. */
class DumpThenSyncTest {
    @TempDir
    Path dir;
    FakeDiscogs fake;

    @BeforeEach
    void start() {
        fake = FakeDiscogs.builder().seed(7).collectionSize(60).wantlistSize(15).folders(2)
                .rateLimit(60_000, Duration.ofSeconds(60)).latency(Duration.ZERO).start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void the_sync_after_a_default_import_fetches_only_the_releases_the_dump_lacks() throws Exception {
        Set<Long> referenced = new HashSet<>(fake.account().collectionReleaseIds());
        referenced.addAll(fake.account().wantReleaseIds());
        List<Long> inDump = new ArrayList<>(referenced.stream().sorted().toList());
        List<Long> lacking = List.copyOf(inDump.subList(0, 5));
        inDump.removeAll(lacking);
        Path dumpDir = dir.resolve("dumps");
        java.nio.file.Files.createDirectories(dumpDir);
        Path file = FakeDump.write(fake, inDump, dumpDir, LocalDate.now(ZoneOffset.UTC).minusDays(3));
        fake.resetRequestLog();

        Path data = dir.resolve("data");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DumpCommand.run(ConfigParser.parse(new String[] {"import-dump", file.toString(), "--data", data.toString(),
                "--api-url", fake.baseUrl(), "--token", fake.token()}, k -> null), new PrintStream(err, true, StandardCharsets.UTF_8));
        String output = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, output);
        assertTrue(output.contains("listing your collection and wantlist first"), output);
        assertEquals(0, fake.requests().stream().filter(r -> r.path().startsWith("/releases/")).count(),
                "the import itself fetches no release");

        Mirror mirror = new Mirror(Database.open(data), Clock.systemUTC());
        assertEquals(inDump.size(), (long) mirror.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM releases WHERE details_fetched_at IS NOT NULL").mapTo(Long.class).one()));
        assertEquals(0L, (long) mirror.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM releases WHERE details_fetched_at IS NOT NULL AND (thumb IS NULL OR thumb = '')")
                .mapTo(Long.class).one()), "covers keep the listing's thumbnail");

        fake.resetRequestLog();
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults(fake.baseUrl()).withRetries(3, Duration.ofMillis(5), 4),
                new RateGovernor(60_000, Duration.ofSeconds(60)), new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(fake.token()));
        SyncResult sync = new SyncRunner(api, new DiscogsClient(api), mirror,
                new SyncPolicy(Duration.ofDays(30), Duration.ofDays(1), 0.05, 50), Clock.systemUTC()).run("now");
        assertTrue(sync.succeeded(), String.valueOf(sync.error()));
        List<Long> fetched = fake.requests().stream().filter(r -> r.path().startsWith("/releases/"))
                .map(r -> Long.parseLong(r.path().substring("/releases/".length()))).sorted().toList();
        assertEquals(lacking, fetched, "only the releases the dump lacks are fetched");
    }
}
