package app.spindle.discogs.fake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request tokens (valid 15 minutes, authorized on the fake's page, exchanged once) and access tokens
 * (never expire), as Discogs issues them.
 */
final class OAuthTokens {
    static final Duration REQUEST_TOKEN_LIFETIME = Duration.ofMinutes(15);

    record RequestToken(String token, String secret, String callback, Instant issued, String verifier) {}

    record AccessToken(String token, String secret, String username) {}

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, RequestToken> requestTokens = new ConcurrentHashMap<>();
    private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();

    OAuthTokens(Clock clock) {
        this.clock = clock;
    }

    RequestToken issueRequestToken(String callback) {
        RequestToken token = new RequestToken(randomHex(20), randomHex(20), callback, clock.instant(), null);
        requestTokens.put(token.token(), token);
        return token;
    }

    /** The request token if it exists and has not expired. */
    Optional<RequestToken> requestToken(String token) {
        RequestToken found = token == null ? null : requestTokens.get(token);
        if (found == null) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(found.issued().plus(REQUEST_TOKEN_LIFETIME))) {
            requestTokens.remove(token);
            return Optional.empty();
        }
        return Optional.of(found);
    }

    Optional<RequestToken> authorize(String token) {
        return requestToken(token).map(found -> {
            RequestToken authorized = new RequestToken(found.token(), found.secret(), found.callback(), found.issued(), randomHex(5));
            requestTokens.put(token, authorized);
            return authorized;
        });
    }

    AccessToken exchange(RequestToken token, String username) {
        requestTokens.remove(token.token());
        AccessToken access = new AccessToken(randomHex(20), randomHex(20), username);
        accessTokens.put(access.token(), access);
        return access;
    }

    Optional<AccessToken> accessToken(String token) {
        return Optional.ofNullable(token == null ? null : accessTokens.get(token));
    }

    private String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
