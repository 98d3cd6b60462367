package app.spindle.match;

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

/** A FakeDiscogs account synced into a mirror in {@code dir} by the real sync, with a client for matching. */
final class SyncedFake implements AutoCloseable {
    final FakeDiscogs fake;
    final Database database;
    final DiscogsApiClient api;
    final DiscogsClient client;

    SyncedFake(Path dir, long seed, int collectionSize, int wantlistSize) {
        this(dir, FakeDiscogs.builder().seed(seed).collectionSize(collectionSize).wantlistSize(wantlistSize));
    }

    SyncedFake(Path dir, FakeDiscogsBuilder builder) {
        fake = builder.rateLimit(1_000_000, Duration.ofSeconds(60)).start();
        database = Database.open(dir);
        ApiSettings settings = ApiSettings.defaults(fake.baseUrl()).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));
        api = new DiscogsApiClient(settings, new RateGovernor(1_000_000, Duration.ofSeconds(60)), new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(fake.token()));
        client = new DiscogsClient(api);
        Mirror mirror = new Mirror(database, Clock.systemUTC());
        SyncResult result = new SyncRunner(api, client, mirror,
                new SyncPolicy(Duration.ofDays(30), Duration.ofDays(7), 0.05, 50), Clock.systemUTC()).run("foreground");
        if (result.outcome() != SyncResult.Outcome.SUCCEEDED) {
            throw new IllegalStateException("the sync did not succeed: " + result);
        }
        fake.resetRequestLog();
    }

    @Override
    public void close() {
        fake.close();
    }
}
