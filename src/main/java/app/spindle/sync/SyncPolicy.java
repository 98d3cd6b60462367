package app.spindle.sync;

import app.spindle.config.Config;
import java.time.Duration;

/**
 * How eagerly a run refreshes: details older than {@code refreshAge} are fetched again, at most
 * {@code staleShare} of the referenced releases per run (but at least {@code minStalePerRun}), and
 * the complete listing runs at least every {@code fullListingInterval} to see edits the probe cannot.
 */
public record SyncPolicy(Duration refreshAge, Duration fullListingInterval, double staleShare, int minStalePerRun) {

    public static SyncPolicy from(Config config) {
        return new SyncPolicy(config.refreshAge(), config.fullListingInterval(), 0.05, 50);
    }

    int staleLimit(long referencedReleases) {
        return (int) Math.max(minStalePerRun, Math.ceil(referencedReleases * staleShare));
    }
}
