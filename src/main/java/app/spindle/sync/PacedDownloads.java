package app.spindle.sync;

import java.io.IOException;
import java.time.Duration;

/**
 * The one door to Discogs' image host for the whole process: one download at a time, at least a pause apart,
 * whether the sync's covers or a release page's gallery asked. The image host is not the API and has its own
 * (unpublished) limits, so the pace is kept here rather than in the API's rate governor.
 */
public final class PacedDownloads implements ImageFetcher {
    private final ImageFetcher fetcher;
    private final long pauseNanos;
    private long lastEndedAt;
    private boolean started;

    public PacedDownloads(ImageFetcher fetcher, Duration pause) {
        this.fetcher = fetcher;
        this.pauseNanos = pause.toNanos();
    }

    @Override
    public synchronized byte[] fetch(String url) throws IOException {
        awaitTurn();
        try {
            return fetcher.fetch(url);
        } finally {
            started = true;
            lastEndedAt = System.nanoTime();
        }
    }

    private void awaitTurn() throws IOException {
        if (!started) {
            return;
        }
        long wait = lastEndedAt + pauseNanos - System.nanoTime();
        if (wait <= 0) {
            return;
        }
        try {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the image host's pace");
        }
    }
}
