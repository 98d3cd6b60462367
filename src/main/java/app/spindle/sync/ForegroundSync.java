package app.spindle.sync;

import app.spindle.config.Config;
import app.spindle.config.StopOnCtrlC;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsAuth;
import app.spindle.discogs.DiscogsClient;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code spindle sync}: one run in the foreground with a progress line on stderr. Exit code 0 when
 * the run succeeded, 1 when it failed, 3 when the account needs (re)connecting.
 */
public final class ForegroundSync {
    private static final Duration PRINT_EVERY = Duration.ofSeconds(1);

    private final PrintStream err;
    private final Clock clock;
    private final boolean terminal;
    private SyncStatus.Phase lastPhase;
    private Instant lastPrint = Instant.EPOCH;

    ForegroundSync(PrintStream err, Clock clock, boolean terminal) {
        this.err = err;
        this.clock = clock;
        this.terminal = terminal;
    }

    /** Runs one sync with the parts the caller built (the same as the server's) and says how it went. */
    public static int run(Config config, Database database, DiscogsApiClient api, DiscogsAuth auth, DiscogsClient client,
            PrintStream err) {
        if (!auth.state().hasCredentials()) {
            err.println("spindle: no Discogs account is connected: set DISCOGS_TOKEN (or --token), "
                    + "or connect one in Settings");
            return 3;
        }
        Clock clock = Clock.systemUTC();
        SyncRunner runner = new SyncRunner(api, client, new Mirror(database, clock), SyncPolicy.from(config), clock,
                api::download, CoverImages.Pace.of(api.settings()));
        try (StopOnCtrlC stop = new StopOnCtrlC("sync-stop", Duration.ofSeconds(10), runner::requestStop)) {
            return new ForegroundSync(err, clock, System.console() != null).runWith(runner);
        }
    }

    int runWith(SyncRunner runner) {
        runner.progress().onChange(this::show);
        SyncResult result = runner.run("foreground");
        runner.progress().onChange(null);
        if (terminal) {
            err.println();
        }
        if (result.succeeded()) {
            err.printf(Locale.ROOT, "spindle: sync done: %d added, %d removed, %d releases fetched, %d requests%n",
                    result.itemsAdded(), result.itemsRemoved(), result.releasesFetched(), result.requests());
            return 0;
        }
        err.println("spindle: sync " + result.outcome().word() + ": " + result.error());
        return result.outcome() == SyncResult.Outcome.DISCONNECTED ? 3 : 1;
    }

    private void show(SyncStatus s) {
        if (s.phase() == null) {
            return;
        }
        Instant now = clock.instant();
        boolean newPhase = s.phase() != lastPhase;
        boolean finished = s.total() > 0 && s.done() >= s.total();
        if (!newPhase && !finished && now.isBefore(lastPrint.plus(PRINT_EVERY))) {
            return;
        }
        lastPhase = s.phase();
        lastPrint = now;
        String line = String.format(Locale.ROOT, "sync: %-10s %s · %d requests%s", s.phase().word(),
                s.total() > 0 ? s.done() + "/" + s.total() : "", s.requests(),
                s.etaSeconds() == null || s.etaSeconds() == 0 ? "" : " · about " + eta(s.etaSeconds()) + " left");
        if (terminal) {
            err.print("\r" + line + "   ");
        } else {
            err.println(line);
        }
    }

    private static String eta(long seconds) {
        if (seconds < 90) {
            return seconds + " s";
        }
        if (seconds < 90 * 60) {
            return (seconds + 30) / 60 + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }
}
