package app.spindle.sync;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsClient.ReleaseDocument;
import app.spindle.discogs.DiscogsException;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.ReleaseRepository;
import app.spindle.mirror.ReleaseWriter;
import app.spindle.mirror.Timestamps;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.statement.SqlStatements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Phase 4: {@code GET /releases/{id}} for every release the collection or wantlist refers to whose
 * details are missing, then a bounded share of those older than the refresh age, oldest first. The
 * queue comes from the database, so a run that died resumes where it stopped.
 */
final class Details {
    private static final Logger log = LoggerFactory.getLogger(Details.class);

    /** How the phase went; {@code unreadable} releases stay queued for the next run. */
    record Outcome(int fetched, int gone, int unreadable, String lastProblem) {
    }

    private final DiscogsClient client;
    private final Mirror mirror;
    private final SyncPolicy policy;
    private final Clock clock;
    private final SyncProgress progress;
    private final Runnable checkStop;

    Details(DiscogsClient client, Mirror mirror, SyncPolicy policy, Clock clock, SyncProgress progress,
            Runnable checkStop) {
        this.client = client;
        this.mirror = mirror;
        this.policy = policy;
        this.clock = clock;
        this.progress = progress;
        this.checkStop = checkStop;
    }

    /**
     * Each release is written in its own transaction, but all of them on one connection and through statements
     * prepared once for the phase: a connection opened for every release was a third of its CPU, and the ~25
     * statements prepared and bound through Jdbi for every release most of the rest (BENCHMARKS.md, the suite's
     * rounds 5 and 6).
     *
     * @param afterEachRelease told after every release written, e.g. to wake the covers fetched alongside
     */
    Outcome run(Runnable afterEachRelease) {
        return mirror.database().jdbi().withHandle(h -> {
            h.getConfig(SqlStatements.class).setAttachAllStatementsForCleanup(false); // closed as they finish, not piled up for the phase
            try (ReleaseWriter.Session writes = mirror.releaseWriter().session(h)) {
                return fetchAll(writes, afterEachRelease);
            }
        });
    }

    private Outcome fetchAll(ReleaseWriter.Session writes, Runnable afterEachRelease) {
        List<Long> queue = queue();
        progress.phase(SyncStatus.Phase.DETAILS, queue.size());
        int fetched = 0;
        int gone = 0;
        int unreadable = 0;
        String lastProblem = null;
        for (long id : queue) {
            checkStop.run();
            try {
                ReleaseDocument f = client.releaseDocument(id);
                writes.writeDetails(f.release(), f.json());
                fetched++;
                afterEachRelease.run();
            } catch (DiscogsException.NotFound e) {
                writes.markGone(id);
                gone++;
            } catch (DiscogsException.BadResponse | DiscogsException.Rejected e) {
                // One odd document must not hold up the others; it stays queued for the next run.
                log.warn("Release {} could not be read: {}", id, e.getMessage());
                unreadable++;
                lastProblem = "release " + id + " could not be read (" + e.getMessage() + ")";
            }
            progress.done(fetched + gone + unreadable);
        }
        return new Outcome(fetched, gone, unreadable, lastProblem);
    }

    private List<Long> queue() {
        ReleaseRepository releases = mirror.releases();
        Set<Long> ids = new LinkedHashSet<>(releases.missingDetails(Integer.MAX_VALUE));
        String staleBefore = Timestamps.format(clock.instant().minus(policy.refreshAge()));
        ids.addAll(releases.staleDetails(staleBefore, policy.staleLimit(releases.referencedCount())));
        return new ArrayList<>(ids);
    }
}
