package app.spindle.discogs;

/**
 * What the API client has done since start, for {@code /api/status}: requests sent (retries
 * included), 429s seen, and the last rate-limit headers (null until a response carried them).
 */
public record ApiCounters(long requests, long rateLimited, int limit, Integer remaining, Integer used) {
}
