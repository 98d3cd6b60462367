package app.spindle.web;

import app.spindle.config.Version;
import app.spindle.discogs.ApiCounters;
import app.spindle.discogs.DiscogsAuth;
import app.spindle.mirror.DatabaseHealth;
import app.spindle.mirror.query.MirrorCounts;
import app.spindle.sync.SyncStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/status} from the live parts: the account, the sync's progress, the API counters and
 * the mirror's counts. Every page asks for this, and counting 100,000 copies and a million tracks
 * takes a while: the counts are taken again only when the mirror changed, at most once a second,
 * by one request at a time.
 */
public final class LiveStatus implements StatusSource {
    private static final Logger log = LoggerFactory.getLogger(LiveStatus.class);
    private static final Duration COUNTS_TTL = Duration.ofSeconds(1);

    private final DiscogsAuth auth;
    private final Supplier<SyncStatus> sync;
    private final Supplier<ApiCounters> counters;
    private final MirrorCounts mirror;
    private final Clock clock;
    private final LongSupplier mirrorVersion;
    private final DatabaseHealth health;
    private volatile ApiStatus.Counts counts;
    private volatile Instant countedAt = Instant.EPOCH;
    private volatile long countedVersion;

    public LiveStatus(DiscogsAuth auth, Supplier<SyncStatus> sync, Supplier<ApiCounters> counters, MirrorCounts mirror, Clock clock,
                      LongSupplier mirrorVersion, DatabaseHealth health) {
        this.health = health;
        this.auth = auth;
        this.sync = sync;
        this.counters = counters;
        this.mirror = mirror;
        this.clock = clock;
        this.mirrorVersion = mirrorVersion;
    }

    @Override
    public ApiStatus current() {
        DiscogsAuth.AuthState account = auth.state();
        boolean connected = account.hasCredentials() && !account.needsReconnect();
        ApiCounters api = counters.get();
        return new ApiStatus(Version.number(),
                new ApiStatus.Account(account.username(), connected),
                syncPart(connected),
                counts(),
                new ApiStatus.Api(api.requests(), api.rateLimited(), api.limit(), api.remaining() == null ? 0 : api.remaining()),
                health.problem().map(p -> new ApiStatus.Storage("damaged", p)).orElse(ApiStatus.Storage.OK));
    }

    @Override
    public ApiStatus.Sync sync() {
        DiscogsAuth.AuthState account = auth.state();
        return syncPart(account.hasCredentials() && !account.needsReconnect());
    }

    private ApiStatus.Sync syncPart(boolean connected) {
        SyncStatus s = sync.get();
        SyncStatus.State state = !connected && !s.running() ? SyncStatus.State.DISCONNECTED : s.state();
        return new ApiStatus.Sync(state, s.phase(), s.done(), s.total(), s.lastSuccessAt(), s.lastError(), s.etaSeconds());
    }

    /**
     * Takes the first counts on a thread of its own, so that they run beside the server's start on the second
     * core; a status panel or {@code /api/status} that asks before they are done waits for them rather than counting
     * again. Pages' headers need only {@link #sync()}.
     */
    public void countAhead() {
        Thread ahead = new Thread(() -> {
            try {
                counts();
            } catch (RuntimeException e) {
                log.debug("The counts taken ahead failed; the first page takes them", e);
            }
        }, "status-counts");
        ahead.setDaemon(true);
        ahead.start();
    }

    /** A damaged file leaves the last counts (or none) in place: the status must answer to say it is damaged. */
    private ApiStatus.Counts counts() {
        try {
            return countsIfChanged();
        } catch (RuntimeException e) {
            if (!health.noteIfDamaged(e)) {
                throw e;
            }
            return counts == null ? new ApiStatus.Counts(0, 0, 0, 0) : counts;
        }
    }

    private ApiStatus.Counts countsIfChanged() {
        boolean unchanged = mirrorVersion.getAsLong() == countedVersion;
        if (counts != null && (unchanged || !countedAt.plus(COUNTS_TTL).isBefore(clock.instant()))) {
            return counts;
        }
        synchronized (this) {
            return recount();
        }
    }

    private ApiStatus.Counts recount() {
        Instant now = clock.instant();
        long version = mirrorVersion.getAsLong();
        if (counts == null || (version != countedVersion && countedAt.plus(COUNTS_TTL).isBefore(now))) {
            MirrorCounts.Counts c = mirror.count();
            counts = new ApiStatus.Counts(c.collection(), c.wantlist(), c.releases(), c.tracks());
            countedAt = now;
            countedVersion = version;
        }
        return counts;
    }
}
