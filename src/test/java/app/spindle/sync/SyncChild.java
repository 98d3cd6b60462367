package app.spindle.sync;

import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** A sync in its own JVM, for the test that kills it: args are the data folder, the API URL and the token. */
public final class SyncChild {
    private SyncChild() {
    }

    public static void main(String[] args) {
        Database database = Database.open(Path.of(args[0]));
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults(args[1]),
                new RateGovernor(60_000, Duration.ofSeconds(60)), new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(args[2]));
        SyncRunner runner = new SyncRunner(api, new DiscogsClient(api), new Mirror(database, Clock.systemUTC()),
                new SyncPolicy(Duration.ofDays(30), Duration.ofDays(1), 0.05, 50), Clock.systemUTC());
        System.exit(runner.run("child").succeeded() ? 0 : 1);
    }
}
