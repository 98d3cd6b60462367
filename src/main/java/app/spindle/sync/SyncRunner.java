package app.spindle.sync;

import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsException;
import app.spindle.mirror.EntityStore;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.StorageProblem;
import app.spindle.mirror.SyncRunRepository;
import app.spindle.mirror.Timestamps;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync run, phase after phase: who → probe → listing (only when something changed or the
 * complete listing is due) → details, with covers alongside. Every page and every release is written in its own
 * transaction, so a run that dies anywhere leaves a consistent mirror, and the next run continues.
 */
public final class SyncRunner {
    private static final Logger log = LoggerFactory.getLogger(SyncRunner.class);

    private final DiscogsClient client;
    private final Mirror mirror;
    private final SyncPolicy policy;
    private final Clock clock;
    private final SyncProgress progress;
    private final Listing listing;
    private final Details details;
    private final CoverImages covers;
    private volatile boolean stopRequested;

    /** A runner that does not cache cover images. */
    public SyncRunner(DiscogsApiClient api, DiscogsClient client, Mirror mirror, SyncPolicy policy, Clock clock) {
        this(api, client, mirror, policy, clock, null, CoverImages.Pace.GENTLE);
    }

    /**
     * A runner that caches cover thumbnails in {@code <data>/images/} with {@code images}, alongside the details and
     * after them, at {@code pace} ({@link CoverImages.Pace#of}).
     */
    public SyncRunner(DiscogsApiClient api, DiscogsClient client, Mirror mirror, SyncPolicy policy, Clock clock,
            ImageFetcher images, CoverImages.Pace pace) {
        this.client = client;
        this.mirror = mirror;
        this.policy = policy;
        this.clock = clock;
        this.progress = new SyncProgress(clock, () -> api.counters().requests(), initialStatus(mirror));
        this.listing = new Listing(client, mirror.listingWriter(), progress, this::checkStop);
        this.details = new Details(client, mirror, policy, clock, progress, this::checkStop);
        this.covers = images == null ? null : new CoverImages(images, mirror,
                mirror.database().file().toAbsolutePath().getParent(), pace, clock, progress, this::checkStop);
    }

    public SyncProgress progress() {
        return progress;
    }

    /** Asks a running run to stop at the next page or release; what it wrote stays. */
    public void requestStop() {
        stopRequested = true;
    }

    /** Runs one sync to its end (or its first failure); one run at a time. */
    public SyncResult run(String trigger) {
        return run(trigger, true);
    }

    /**
     * Runs identity, probe and listing, not details: what a dump import needs first, to know which
     * releases the collection and wantlist refer to before it fills them from the dump.
     */
    public SyncResult runListing(String trigger) {
        return run(trigger, false);
    }

    private synchronized SyncResult run(String trigger, boolean withDetails) {
        stopRequested = false;
        SyncRunRepository runs = mirror.syncRuns();
        progress.runStarted();
        long runId;
        try {
            runs.markInterrupted(now());
            runId = runs.start(trigger, now());
        } catch (RuntimeException e) {
            // Not even the run log can be written (disk full, folder read-only): say why instead of failing silently.
            return cannotWrite(e);
        }
        int added = 0;
        int removed = 0;
        int fetched = 0;
        SyncResult.Outcome outcome = SyncResult.Outcome.SUCCEEDED;
        String error = null;
        try {
            progress.phase(SyncStatus.Phase.IDENTITY, 1);
            client.identity();
            progress.phase(SyncStatus.Phase.PROBE, 3);
            Probe.Result probe = Probe.run(client, mirror);
            mirror.folders().replaceFolders(probe.folders());
            boolean fullDue = completeListingDue();
            boolean listCollection = fullDue || probe.collectionChanged();
            boolean listWants = fullDue || probe.wantsChanged();
            log.info("Sync {}: collection {}, wantlist {}{}", runId, probe.collectionChanged() ? "changed" : "unchanged",
                    probe.wantsChanged() ? "changed" : "unchanged", fullDue ? ", complete listing due" : "");
            Listing.Outcome collection = null;
            Listing.Outcome wants = null;
            if (listCollection) {
                if (probe.collectionFirstPage().pagination().items() > 0) {
                    mirror.folders().replaceFields(client.fields());
                }
                collection = listing.collection(runId, probe.collectionFirstPage());
                added += collection.added();
                removed += collection.removed();
            }
            if (listWants) {
                wants = listing.wants(runId, probe.wantsFirstPage());
                added += wants.added();
                removed += wants.removed();
            }
            if (collection != null && wants != null && collection.complete() && wants.complete()) {
                runs.listingCompleted(runId, now(), added, removed);
            }
            Details.Outcome fetchedDetails = withDetails ? detailsAndCovers() : new Details.Outcome(0, 0, 0, null);
            fetched = fetchedDetails.fetched();
            if (fetchedDetails.unreadable() > 0) {
                outcome = SyncResult.Outcome.FAILED;
                error = fetchedDetails.unreadable() + " release(s) could not be read; the next sync tries again ("
                        + fetchedDetails.lastProblem() + ")";
            }
        } catch (SyncStopped e) {
            outcome = SyncResult.Outcome.INTERRUPTED;
            error = e.getMessage();
        } catch (DiscogsException.Unauthorized e) {
            outcome = SyncResult.Outcome.DISCONNECTED;
            error = FailureWords.of(e);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted() || stopRequested) {
                outcome = SyncResult.Outcome.INTERRUPTED;
                error = new SyncStopped().getMessage();
            } else {
                outcome = SyncResult.Outcome.FAILED;
                error = FailureWords.of(e);
                if (!(e instanceof DiscogsException) && StorageProblem.describe(e).isEmpty()) {
                    log.error("Sync {} failed", runId, e);
                }
            }
        }
        long requests = progress.requestsUsed();
        try {
            runs.finish(runId, outcome.word(), now(), requests, fetched, error);
        } catch (RuntimeException e) {
            if (error == null) {
                outcome = SyncResult.Outcome.FAILED;
                error = FailureWords.of(e);
            }
            log.warn("Sync {} could not record how it ended: {}", runId, FailureWords.of(e));
        }
        if (error != null) {
            log.warn("Sync {} ended {}: {}", runId, outcome.word(), error);
        } else {
            log.info("Sync {} succeeded: {} requests, {} added, {} removed, {} releases fetched", runId, requests,
                    added, removed, fetched);
            pruneBrowsed();
        }
        progress.runFinished(stateAfter(outcome), lastSuccessAt(runs), error);
        return new SyncResult(runId, outcome, requests, added, removed, fetched, error);
    }

    /** Details, with the covers known so far fetched alongside on their own thread, then the covers left. */
    private Details.Outcome detailsAndCovers() {
        if (covers == null) {
            return details.run(() -> { });
        }
        CoversAlongside alongside = CoversAlongside.start(covers);
        Details.Outcome outcome;
        try {
            outcome = details.run(alongside::releaseWritten);
        } finally {
            alongside.stop();
        }
        covers.finishRun();
        return outcome;
    }

    /** Releases opened once and not looked at for months go; a failure here never fails the run. */
    private void pruneBrowsed() {
        try {
            int pruned = mirror.entityStore().prune();
            if (pruned > 0) {
                log.info("Forgot {} browsed releases nobody opened for {} days", pruned, EntityStore.KEPT_FOR.toDays());
            }
        } catch (RuntimeException e) {
            log.warn("Could not prune browsed releases: {}", FailureWords.of(e));
        }
    }

    private SyncResult cannotWrite(RuntimeException e) {
        String error = FailureWords.of(e);
        log.warn("Sync could not start: {}", error);
        progress.runFinished(SyncStatus.State.FAILED, progress.current().lastSuccessAt(), error);
        return new SyncResult(0, SyncResult.Outcome.FAILED, 0, 0, 0, 0, error);
    }

    private String lastSuccessAt(SyncRunRepository runs) {
        try {
            return runs.lastSuccessAt().orElse(null);
        } catch (RuntimeException unreadable) {
            return progress.current().lastSuccessAt();
        }
    }

    private boolean completeListingDue() {
        return mirror.syncRuns().refusedActionSinceCompleteListing() || mirror.syncRuns().lastCompleteListingAt()
                .map(Timestamps::parse)
                .map(last -> !last.plus(policy.fullListingInterval()).isAfter(clock.instant()))
                .orElse(true);
    }

    private void checkStop() {
        if (stopRequested || Thread.currentThread().isInterrupted()) {
            throw new SyncStopped();
        }
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }

    private static SyncStatus.State stateAfter(SyncResult.Outcome outcome) {
        return switch (outcome) {
            case SUCCEEDED, INTERRUPTED -> SyncStatus.State.IDLE;
            case FAILED -> SyncStatus.State.FAILED;
            case DISCONNECTED -> SyncStatus.State.DISCONNECTED;
        };
    }

    private static SyncStatus initialStatus(Mirror mirror) {
        return mirror.syncRuns().latest()
                .map(run -> new SyncStatus(
                        SyncResult.Outcome.of(run.outcome()).map(SyncRunner::stateAfter).orElse(SyncStatus.State.IDLE),
                        null, 0, 0, run.requests(), null, run.startedAt(),
                        mirror.syncRuns().lastSuccessAt().orElse(null), run.error()))
                .orElse(SyncStatus.idle(null));
    }
}
