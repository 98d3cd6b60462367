package app.spindle.sync;

import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.mirror.Mirror;
import java.time.Clock;
import java.time.Duration;

/** For tests outside this package: a runner that caches every cover in one run, without the gentle pause. */
public final class FastCovers {
    private FastCovers() {
    }

    public static SyncRunner runner(DiscogsApiClient api, Mirror mirror, SyncPolicy policy, ImageFetcher images) {
        return new SyncRunner(api, new DiscogsClient(api), mirror, policy, Clock.systemUTC(), images,
                new CoverImages.Pace(100_000, Duration.ZERO));
    }
}
