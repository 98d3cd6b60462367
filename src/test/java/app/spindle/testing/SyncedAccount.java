package app.spindle.testing;

import app.spindle.Spindle;
import app.spindle.config.Config;
import app.spindle.config.ConfigParser;
import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.FakeDiscogsBuilder;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.sync.SyncPolicy;
import app.spindle.sync.SyncResult;
import app.spindle.sync.SyncRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * A FakeDiscogs account mirrored by one real sync run into a data folder, and Spindle started on that
 * folder talking to the same fake: the browsing pages' tests read what the real sync wrote.
 */
public final class SyncedAccount implements AutoCloseable {
    public final FakeDiscogs fake;
    public final Path dataDir;
    public final Database database;

    private SyncedAccount(FakeDiscogs fake, Path dataDir) {
        this.fake = fake;
        this.dataDir = dataDir;
        this.database = Database.open(dataDir);
    }

    /** A small account (the real captured releases plus generated ones), synced once. */
    public static SyncedAccount sync(Path dataDir, int collection, int wants) {
        return sync(dataDir, FakeDiscogs.builder().seed(42).collectionSize(collection).wantlistSize(wants).folders(2));
    }

    /** An account of the given fake (its rate limit lifted, no latency), synced once. */
    public static SyncedAccount sync(Path dataDir, FakeDiscogsBuilder builder) {
        FakeDiscogs fake = builder.rateLimit(60_000, Duration.ofSeconds(60)).latency(Duration.ZERO).start();
        SyncedAccount account = new SyncedAccount(fake, dataDir);
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults(fake.baseUrl()).withRetries(3, Duration.ofMillis(5), 4),
                new RateGovernor(60_000, Duration.ofSeconds(60)), new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(fake.token()));
        SyncRunner runner = new SyncRunner(api, new DiscogsClient(api), new Mirror(account.database, Clock.systemUTC()),
                new SyncPolicy(Duration.ofDays(30), Duration.ofDays(1), 0.05, 50), Clock.systemUTC());
        SyncResult result = runner.run("test");
        if (!result.succeeded()) {
            fake.close();
            throw new IllegalStateException("the fixture's sync failed: " + result);
        }
        return account;
    }

    /** Spindle's configuration for this data folder, connected to the fake with its token. */
    public Config config() {
        return ConfigParser.parse(new String[] {"--data", dataDir.toString(), "--port", "0",
                "--api-url", fake.baseUrl(), "--token", fake.token()}, key -> null);
    }

    /**
     * Starts Spindle on this folder and waits for the sync it runs at start, so tests act on a quiet mirror. The
     * deadline only bounds a hang: on a shared machine (load 50 on 2 cores) fetching 90 covers took over 30 s.
     */
    public Spindle startSpindle() {
        // wait for its own run: until the start sync begins, the status shows the fixture's run as the last one, and
        // a test that went on then raced the start sync (its covers, its writes)
        long fixtureRuns = count("SELECT coalesce(max(id), 0) FROM sync_runs");
        Spindle spindle = Spindle.start(config());
        Eventually.until(() -> count("SELECT count(*) FROM sync_runs WHERE id > " + fixtureRuns + " AND outcome <> 'running'") > 0
                        && !spindle.sync().status().running(),
                Duration.ofMinutes(3), () -> "the start sync did not finish: " + spindle.sync().status());
        return spindle;
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    public long count(String sql) {
        return jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        fake.close();
    }
}
