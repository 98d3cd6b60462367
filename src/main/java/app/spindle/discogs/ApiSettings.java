package app.spindle.discogs;

import app.spindle.config.Config;
import app.spindle.config.Version;
import java.time.Duration;

/**
 * How {@link DiscogsApiClient} talks to Discogs: where, as whom, how patiently.
 *
 * @param attempts tries of an idempotent request that fails with 5xx, a timeout, a dropped connection or a non-JSON body
 * @param retryBackoff the first pause between such tries; it doubles each time, with jitter
 * @param rateLimitedAttempts tries of any request answered with 429 before giving up
 */
public record ApiSettings(
        String baseUrl,
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        int attempts,
        Duration retryBackoff,
        int rateLimitedAttempts) {

    public ApiSettings {
        baseUrl = DiscogsOAuthApi.stripTrailingSlash(baseUrl);
        if (attempts < 1 || rateLimitedAttempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    public static String defaultUserAgent() {
        return "Spindle/" + Version.number() + " +" + Version.projectUrl();
    }

    public static ApiSettings defaults(String baseUrl) {
        return new ApiSettings(baseUrl, defaultUserAgent(), Duration.ofSeconds(10), Duration.ofSeconds(30),
                4, Duration.ofSeconds(1), 8);
    }

    public static ApiSettings from(Config config) {
        String url = config.apiUrl() == null || config.apiUrl().isBlank() ? Config.DEFAULT_API_URL : config.apiUrl();
        return defaults(url);
    }

    public ApiSettings withTimeouts(Duration connect, Duration read) {
        return new ApiSettings(baseUrl, userAgent, connect, read, attempts, retryBackoff, rateLimitedAttempts);
    }

    public ApiSettings withRetries(int newAttempts, Duration backoff, int newRateLimitedAttempts) {
        return new ApiSettings(baseUrl, userAgent, connectTimeout, readTimeout, newAttempts, backoff, newRateLimitedAttempts);
    }

    public boolean isRealDiscogs() {
        return baseUrl.equals(Config.DEFAULT_API_URL);
    }
}
