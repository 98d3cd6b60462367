package app.spindle.discogs;

/**
 * Everything that can go wrong talking to Discogs, as a closed set. Messages name the URL path and
 * never a token (see {@link #withoutSecrets}), so they are safe to show and to log.
 */
public abstract sealed class DiscogsException extends RuntimeException {

    private DiscogsException(String message, Throwable cause) {
        super(withoutSecrets(message), cause);
    }

    /** 401: the stored credentials no longer work; the account needs reconnecting. */
    public static final class Unauthorized extends DiscogsException {
        public Unauthorized(String message) {
            super(message, null);
        }
    }

    /** 403 with a JSON body: not allowed for this account (e.g. another user's private collection). */
    public static final class Forbidden extends DiscogsException {
        public Forbidden(String message) {
            super(message, null);
        }
    }

    /** 404: no such release, master, folder, instance …. */
    public static final class NotFound extends DiscogsException {
        public NotFound(String message) {
            super(message, null);
        }
    }

    /** Another 4xx (400, 405, 409, 422 …): Discogs understood the request and will not do it, e.g. a non-empty folder. */
    public static final class Rejected extends DiscogsException {
        public Rejected(String message) {
            super(message, null);
        }
    }

    /** Still answered 429 after backing off as long as the caller allowed. */
    public static final class RateLimitedTooLong extends DiscogsException {
        public RateLimitedTooLong(String message) {
            super(message, null);
        }
    }

    /** An answer we cannot use: not JSON, truncated JSON, a shape we do not understand, a 4xx we did not expect. */
    public static final class BadResponse extends DiscogsException {
        public BadResponse(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Discogs could not be reached or kept failing (network errors, timeouts, 5xx) after the retries. */
    public static final class Unavailable extends DiscogsException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The OAuth dance failed: the consumer key/secret were refused, the request token or verifier
     * expired, or a callback came back for an authorization this process did not start.
     */
    public static final class AuthorizationFailed extends DiscogsException {
        public AuthorizationFailed(String message) {
            super(message, null);
        }
    }

    /** Removes token and secret values from any URL or header text. */
    public static String withoutSecrets(String text) {
        if (text == null) {
            return null;
        }
        return text.replaceAll("(?i)((?:oauth_)?token(?:_secret)?|secret|oauth_signature|oauth_verifier)=[^&\\s,\"]*", "$1=…");
    }
}
