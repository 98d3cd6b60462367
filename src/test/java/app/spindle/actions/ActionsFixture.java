package app.spindle.actions;

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
import app.spindle.sync.SyncRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** The queue's real parts over a synced mirror in a temp folder, sending to a FakeDiscogs over HTTP. */
final class ActionsFixture implements AutoCloseable {
    final FakeDiscogs fake;
    final Database database;
    final Mirror mirror;
    final DiscogsClient client;
    final SyncRunner sync;
    final ActionQueue queue;
    final AccountEdits edits;
    private ActionSender sender;

    ActionsFixture(FakeDiscogs fake, Path dataDir) {
        this.fake = fake;
        this.database = Database.open(dataDir);
        this.mirror = new Mirror(database, Clock.systemUTC());
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults(fake.baseUrl())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(15))
                .withRetries(4, Duration.ofMillis(20), 3), new RateGovernor(60_000, Duration.ofSeconds(60)),
                new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(fake.token()));
        this.client = new DiscogsClient(api);
        this.sync = new SyncRunner(api, client, mirror, new SyncPolicy(Duration.ofDays(30), Duration.ofDays(1), 0.05, 50),
                Clock.systemUTC());
        this.queue = new ActionQueue(database.jdbi(), Clock.systemUTC(), mirror.listingWriter());
        this.edits = new AccountEdits(database.jdbi(), queue);
    }

    static FakeDiscogs fake() {
        return FakeDiscogs.builder().seed(7).collectionSize(24).wantlistSize(6).folders(2)
                .rateLimit(60_000, Duration.ofSeconds(60)).start();
    }

    ActionsFixture synced() {
        var result = sync.runListing("test");
        if (!result.succeeded()) {
            throw new IllegalStateException("the first sync failed: " + result.error());
        }
        return this;
    }

    ActionsFixture sending() {
        sender = new ActionSender(database.jdbi(), queue, client, mirror.listingWriter(), () -> true, Clock.systemUTC(),
                Duration.ofMillis(50), Duration.ofMillis(400)).start();
        return this;
    }

    long count(String sql, Object... values) {
        return database.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < values.length; i++) {
                query.bind(i, values[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }

    String text(String sql, Object... values) {
        return database.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < values.length; i++) {
                query.bind(i, values[i]);
            }
            return query.mapTo(String.class).findOne().orElse(null);
        });
    }

    @Override
    public void close() {
        if (sender != null) {
            sender.close();
        }
        database.close();
    }
}
