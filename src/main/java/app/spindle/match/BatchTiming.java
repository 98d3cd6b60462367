package app.spindle.match;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How fast the worker gets through each batch, kept in memory for the progress bar's estimate: the
 * time a track takes here and the Discogs requests it costs, which the rate limit turns into time.
 */
public final class BatchTiming {
    private final Map<Long, Pace> paces = new ConcurrentHashMap<>();

    private record Pace(long tracks, long nanos, long requests) {
    }

    void tracked(long batchId, long nanos, int requests) {
        paces.merge(batchId, new Pace(1, nanos, requests),
                (a, b) -> new Pace(a.tracks + b.tracks, a.nanos + b.nanos, a.requests + b.requests));
    }

    /**
     * The time left for {@code remaining} tracks. Before any track of this run was matched, a
     * Discogs batch is assumed to cost one request a track (the measured average is lower).
     *
     * @param requestsPerMinute what the rate limit allows, as Discogs announced it
     */
    public Duration estimate(long batchId, long remaining, boolean discogs, int requestsPerMinute) {
        Pace pace = paces.get(batchId);
        double secondsPerTrack = pace == null ? 0.002 : pace.nanos / 1e9 / pace.tracks;
        double requestsPerTrack = !discogs ? 0 : pace == null || pace.tracks < 5 ? 1.0 : (double) pace.requests / pace.tracks;
        double rateSeconds = requestsPerTrack * 60.0 / Math.max(1, requestsPerMinute);
        // the measured time already includes waiting for the rate limit; the limit is the floor
        double perTrack = Math.max(secondsPerTrack, rateSeconds);
        return Duration.ofMillis((long) (remaining * perTrack * 1000));
    }
}
