package app.spindle.prices;

import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.FakeRequest;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.sync.SyncPolicy;
import app.spindle.sync.SyncRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The price pass's real parts: a FakeDiscogs over HTTP, one governor shared with a real sync, a fresh SQLite file. */
final class PriceFixture implements AutoCloseable {
    final FakeDiscogs fake;
    final Database database;
    final RateGovernor governor;
    final DiscogsClient client;
    final SyncRunner sync;
    final Clock clock;

    PriceFixture(FakeDiscogs fake, Path dataDir, int limit, Duration window, Clock clock) {
        this.fake = fake;
        this.clock = clock;
        this.database = Database.open(dataDir);
        this.governor = new RateGovernor(limit, window);
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults(fake.baseUrl())
                .withRetries(3, Duration.ofMillis(5), 4), governor, new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(fake.token()));
        this.client = new DiscogsClient(api);
        this.sync = new SyncRunner(api, client, new Mirror(database, clock),
                new SyncPolicy(Duration.ofDays(30), Duration.ofDays(1), 0.05, 50), clock);
    }

    PricePass pass() {
        return new PricePass(client, governor, database.jdbi(), clock, Duration.ofDays(1));
    }

    List<FakeRequest> statsRequests() {
        return fake.requests().stream().filter(r -> r.path().startsWith("/marketplace/stats/")).toList();
    }

    List<FakeRequest> priceLaneRequests() {
        return fake.requests().stream()
                .filter(r -> r.path().startsWith("/marketplace/") || r.path().endsWith("/collection/value")).toList();
    }

    long count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        database.close();
        fake.close();
    }
}
