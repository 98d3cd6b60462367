package app.spindle.prices;

import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** A price pass in its own JVM, for the test that kills it: args are the data folder, the API URL and the token. */
public final class PriceChild {
    private PriceChild() {
    }

    public static void main(String[] args) {
        Database database = Database.open(Path.of(args[0]));
        RateGovernor governor = new RateGovernor(3_000, Duration.ofSeconds(60));
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults(args[1]), governor, new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(args[2]));
        new PricePass(new DiscogsClient(api), governor, database.jdbi(), Clock.systemUTC(), Duration.ofDays(1)).run();
        System.exit(0);
    }
}
