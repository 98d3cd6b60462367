package app.spindle.discogs.fake;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Works out who is calling, from `Authorization: Discogs token=…`, `?token=…`, `Discogs key=…, secret=…`
 * or an OAuth 1.0a signed request. Credentials that are present but wrong are a 401, never silently
 * anonymous.
 */
final class Credentials {
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private final String username;
    private final String personalToken;
    private final String consumerKey;
    private final String consumerSecret;
    private final OAuthTokens tokens;
    private final OAuthSignature signatures = new OAuthSignature();
    private final Clock clock;
    private volatile boolean revoked;

    Credentials(String username, String personalToken, String consumerKey, String consumerSecret, OAuthTokens tokens, Clock clock) {
        this.username = username;
        this.personalToken = personalToken;
        this.consumerKey = consumerKey;
        this.consumerSecret = consumerSecret;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** While revoked, the user's token and OAuth access are refused as discogs.com refuses revoked ones. */
    void revoke(boolean revokedNow) {
        this.revoked = revokedNow;
    }

    Caller resolve(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Discogs ", 0, 8)) {
            return discogsScheme(authorization.substring(8));
        }
        if (OAuthRequest.isOAuth(authorization)) {
            return oauth(OAuthRequest.from(ctx));
        }
        String token = ctx.queryParam("token");
        if (token != null) {
            return personal(token);
        }
        String key = ctx.queryParam("key");
        if (key != null) {
            return application(key, ctx.queryParam("secret"));
        }
        return Caller.ANONYMOUS;
    }

    /** The OAuth token endpoints are signed with the consumer key; they count as an application's requests. */
    Caller application(Context ctx) {
        OAuthRequest request = OAuthRequest.from(ctx);
        return consumerKey.equals(request.get("oauth_consumer_key")) ? new Caller(Caller.Kind.KEY, null) : Caller.ANONYMOUS;
    }

    boolean validConsumerKey(String key) {
        return consumerKey.equals(key);
    }

    /** Checks the signature of a token-endpoint request: consumer secret plus the request token's secret, if any. */
    boolean validSignature(OAuthRequest request, String tokenSecret) {
        return fresh(request) && signatures.verify(request, consumerSecret, tokenSecret);
    }

    private Caller discogsScheme(String value) {
        String token = null;
        String key = null;
        String secret = null;
        for (String part : value.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2) {
                switch (pair[0].trim()) {
                    case "token" -> token = pair[1].trim();
                    case "key" -> key = pair[1].trim();
                    case "secret" -> secret = pair[1].trim();
                    default -> { }
                }
            }
        }
        if (token != null) {
            return personal(token);
        }
        if (key != null) {
            return application(key, secret);
        }
        throw ApiError.unauthenticated();
    }

    private Caller personal(String token) {
        if (revoked || !personalToken.equals(token)) {
            throw ApiError.unauthenticated();
        }
        return new Caller(Caller.Kind.TOKEN, username);
    }

    private Caller application(String key, String secret) {
        if (!consumerKey.equals(key) || !consumerSecret.equals(secret)) {
            throw ApiError.unauthenticated();
        }
        return new Caller(Caller.Kind.KEY, null);
    }

    private Caller oauth(OAuthRequest request) {
        if (!consumerKey.equals(request.get("oauth_consumer_key"))) {
            throw ApiError.unauthenticated();
        }
        OAuthTokens.AccessToken access = tokens.accessToken(request.get("oauth_token")).orElseThrow(ApiError::unauthenticated);
        if (revoked) {
            throw ApiError.unauthenticated();
        }
        if (!validSignature(request, access.secret())) {
            throw ApiError.unauthenticated();
        }
        return new Caller(Caller.Kind.OAUTH, access.username());
    }

    /** HMAC-SHA1 requests must carry a timestamp near now; PLAINTEXT relies on TLS and needs none. */
    private boolean fresh(OAuthRequest request) {
        if (!OAuthSignature.HMAC_SHA1.equals(request.get("oauth_signature_method"))) {
            return true;
        }
        String timestamp = request.get("oauth_timestamp");
        if (timestamp == null || request.get("oauth_nonce") == null) {
            return false;
        }
        try {
            Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
            return Duration.between(at, clock.instant()).abs().compareTo(CLOCK_SKEW) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
