package app.spindle.hardening;

import app.spindle.config.DataFolder;
import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.sync.CoverImages;
import app.spindle.sync.SyncPolicy;
import app.spindle.sync.SyncRunner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** A real sync (client, governor, mirror, runner, cover cache) over one data folder, against an API at a URL. */
record SyncParts(Database database, Mirror mirror, DiscogsApiClient api, SyncRunner runner) {
    static final SyncPolicy POLICY = new SyncPolicy(Duration.ofDays(30), Duration.ofDays(1), 0.05, 50);

    static SyncParts open(Path dataDir, String apiUrl, String token, UnaryOperator<ApiSettings> tune) {
        Database database = Database.open(DataFolder.prepare(dataDir));
        Mirror mirror = new Mirror(database, Clock.systemUTC());
        DiscogsApiClient api = new DiscogsApiClient(tune.apply(ApiSettings.defaults(apiUrl)
                        .withRetries(3, Duration.ofMillis(5), 4)),
                new RateGovernor(100_000, Duration.ofSeconds(60)), new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(token));
        // every cover in one run, no pause: the image host here is local (a download with its own patient timeout,
        // so that a slow cover under load never makes two mirrors differ)
        SyncRunner runner = new SyncRunner(api, new DiscogsClient(api), mirror, POLICY, Clock.systemUTC(),
                SyncParts::download, new CoverImages.Pace(100_000, Duration.ZERO));
        return new SyncParts(database, mirror, api, runner);
    }

    static SyncParts open(Path dataDir, String apiUrl, String token) {
        return open(dataDir, apiUrl, token, UnaryOperator.identity());
    }

    long count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static final HttpClient IMAGES = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The image host answers bytes; anything but 200 is a failed cover (retried by a later run). */
    static byte[] download(String url) throws IOException {
        try {
            HttpResponse<byte[]> response = IMAGES.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).header("User-Agent", "SpindleTest/1.0").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
