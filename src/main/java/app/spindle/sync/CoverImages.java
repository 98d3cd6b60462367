package app.spindle.sync;

import app.spindle.discogs.ApiSettings;
import app.spindle.mirror.CoverToFetch;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.Timestamps;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Phase 5: cover thumbnails into {@code <data>/images/}, a bounded number per run and paced, since
 * Discogs has capped image downloads before. They come from another host than the API, so they are
 * fetched alongside the details phase ({@link CoversAlongside}) and the rest after it. A cover that cannot be fetched never fails the run: it
 * is tried again a day later, and given up after a few failures (the page shows a placeholder).
 */
public final class CoverImages {
    private static final Logger log = LoggerFactory.getLogger(CoverImages.class);
    static final int MAX_FAILURES = 5;
    /** ".{release}-{pid}-{random}.part": the pid says whether the writer may still be busy with it. */
    private static final Pattern PART_WRITER = Pattern.compile("\\.\\d+-(\\d+)-.*\\.part");

    /** How many covers a run fetches, and the pause between two downloads. */
    public record Pace(int perRun, Duration pause) {
        /** Discogs has capped image downloads at 1,000 a day: a few hundred a run, spaced out. */
        public static final Pace GENTLE = new Pace(200, Duration.ofMillis(500));
        /** Any other API (FakeDiscogs in demo mode and tests, a local mirror of the API) has no such cap. */
        public static final Pace LOCAL = new Pace(5_000, Duration.ofMillis(5));

        /** The pace for the API a client talks to: the server and {@code spindle sync} alike. */
        public static Pace of(ApiSettings api) {
            return api.isRealDiscogs() ? GENTLE : LOCAL;
        }
    }

    private final ImageFetcher fetcher;
    private final Mirror mirror;
    private final Path folder;
    private final Pace pace;
    private final Clock clock;
    private final SyncProgress progress;
    private final Runnable checkStop;
    // a run's counts: written by the thread alongside details, then read and written by the sync's thread after it ended
    private volatile int tried;
    private volatile int stored;

    CoverImages(ImageFetcher fetcher, Mirror mirror, Path dataDir, Pace pace, Clock clock, SyncProgress progress,
            Runnable checkStop) {
        this.fetcher = fetcher;
        this.mirror = mirror;
        this.folder = dataDir.resolve("images");
        this.pace = pace;
        this.clock = clock;
        this.progress = progress;
        this.checkStop = checkStop;
    }

    /** Starts a run's budget of {@link Pace#perRun()} downloads, shared by the pass alongside details and the one after. */
    void startRun() {
        removeAbandonedParts();
        tried = 0;
        stored = 0;
    }

    /**
     * Fetches the covers known so far, without showing a phase (the details phase is the one shown),
     * until none is left or {@code keepGoing} says stop. Returns how many were tried.
     */
    int fetchAvailable(BooleanSupplier keepGoing) {
        int before = tried;
        for (CoverToFetch cover : queue()) {
            if (!keepGoing.getAsBoolean()) {
                break;
            }
            fetch(cover);
        }
        return tried - before;
    }

    /** The covers still due once details are done, as phase "images"; returns how many this run stored in all. */
    int finishRun() {
        List<CoverToFetch> queue = queue();
        progress.phase(SyncStatus.Phase.IMAGES, queue.size());
        int done = 0;
        for (CoverToFetch cover : queue) {
            fetch(cover);
            progress.done(++done);
        }
        return stored;
    }

    private List<CoverToFetch> queue() {
        String retryBefore = Timestamps.format(clock.instant().minus(Duration.ofDays(1)));
        return mirror.covers().toFetch(MAX_FAILURES, retryBefore, Math.max(0, pace.perRun() - tried));
    }

    private void fetch(CoverToFetch cover) {
        checkStop.run();
        if (tried > 0 && !pace.pause().isZero()) {
            pause();
        }
        tried++;
        String now = Timestamps.format(clock.instant());
        try {
            byte[] bytes = fetcher.fetch(cover.remoteUri());
            mirror.covers().stored(cover.releaseId(), cover.remoteUri(), store(cover.releaseId(), bytes), now);
            stored++;
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.debug("Cover of release {} not fetched: {}", cover.releaseId(), reason);
            mirror.covers().failed(cover.releaseId(), cover.remoteUri(), reason, now);
        }
    }

    private String store(long releaseId, byte[] bytes) throws IOException {
        return "images/" + ImageFiles.store(folder, String.valueOf(releaseId), bytes);
    }

    /**
     * A process killed while writing a cover leaves its ".part" file behind: remove those of processes that
     * no longer run (this one's are from an earlier run, as runs do not overlap), so they never pile up.
     */
    private void removeAbandonedParts() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".*" + ImageFiles.PART)) {
            for (Path part : parts) {
                Matcher writer = PART_WRITER.matcher(part.getFileName().toString());
                long pid = writer.matches() ? Long.parseLong(writer.group(1)) : -1;
                if (pid == self || pid < 0 || ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Could not tidy {}: {}", folder, e.toString());
        }
    }

    private void pause() {
        try {
            Thread.sleep(pace.pause().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncStopped();
        }
    }
}
