package app.spindle.actions;

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

/**
 * The action queue's sender in a JVM of its own, for the test that kills it: args are the data folder, the
 * API URL and the token. It sends until nothing is pending, then exits 0.
 */
public final class ActionsChild {
    private ActionsChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Database database = Database.open(Path.of(args[0]));
        Mirror mirror = new Mirror(database, Clock.systemUTC());
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults(args[1])
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(15)).withRetries(4, Duration.ofMillis(20), 3),
                new RateGovernor(60_000, Duration.ofSeconds(60)), new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(args[2]));
        ActionQueue queue = new ActionQueue(database.jdbi(), Clock.systemUTC(), mirror.listingWriter());
        new ActionSender(database.jdbi(), queue, new DiscogsClient(api), mirror.listingWriter(), () -> true,
                Clock.systemUTC(), Duration.ofMillis(20), Duration.ofMillis(200)).start();
        ActionStore store = database.jdbi().onDemand(ActionStore.class);
        System.out.println("sending " + store.pending().size() + " actions");
        while (!store.pending().isEmpty()) {
            Thread.sleep(20);
        }
        System.exit(0);
    }
}
