package app.spindle.discogs.fake;

import java.time.Instant;

/**
 * One request as api.discogs.com saw it. {@code at} is when the rate limiter judged it; {@code status} is 0
 * for a dropped connection; {@code auth} names the kind of credentials (none, token, key, oauth), never a secret.
 */
public record FakeRequest(Instant at, String method, String path, String query, int status, String auth) {}
