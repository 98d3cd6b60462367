package app.spindle.sync;

import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.FakeDiscogsBuilder;
import app.spindle.discogs.fake.FakeRequest;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The sync's real parts against a FakeDiscogs over HTTP, with a fresh database in a temp folder. */
final class SyncFixture {
    final FakeDiscogs fake;
    final Database database;
    final Mirror mirror;
    final DiscogsApiClient api;
    final DiscogsClient client;
    final SyncRunner runner;

    SyncFixture(FakeDiscogs fake, Path dataDir, SyncPolicy policy) {
        this.fake = fake;
        this.database = Database.open(dataDir);
        this.mirror = new Mirror(database, Clock.systemUTC());
        this.api = new DiscogsApiClient(ApiSettings.defaults(fake.baseUrl())
                .withRetries(3, Duration.ofMillis(5), 4), new RateGovernor(60_000, Duration.ofSeconds(60)),
                new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(fake.token()));
        this.client = new DiscogsClient(api);
        this.runner = new SyncRunner(api, client, mirror, policy, Clock.systemUTC());
    }

    SyncFixture(FakeDiscogs fake, Path dataDir) {
        this(fake, dataDir, new SyncPolicy(Duration.ofDays(30), Duration.ofDays(1), 0.05, 50));
    }

    static FakeDiscogsBuilder fake(int collection, int wants) {
        return FakeDiscogs.builder().seed(42).collectionSize(collection).wantlistSize(wants).folders(3)
                .rateLimit(6000, Duration.ofSeconds(60)).latency(Duration.ZERO);
    }

    /** Requests answered for each path, e.g. "/releases/249504" → 1. */
    Map<String, Long> requestsByPath() {
        return fake.requests().stream()
                .collect(Collectors.groupingBy(r -> r.path() + (r.query() == null ? "" : pageOf(r.query())),
                        Collectors.counting()));
    }

    List<FakeRequest> releaseRequests() {
        return fake.requests().stream().filter(r -> r.path().startsWith("/releases/")).toList();
    }

    Set<Long> referencedReleases() {
        Set<Long> ids = new HashSet<>(fake.account().collectionReleaseIds());
        ids.addAll(fake.account().wantReleaseIds());
        return ids;
    }

    long count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static String pageOf(String query) {
        Function<String, String> param = name -> java.util.Arrays.stream(query.split("&"))
                .filter(p -> p.startsWith(name + "=")).findFirst().orElse("");
        String page = param.apply("page");
        return page.isEmpty() ? "" : "?" + page;
    }
}
