package app.spindle.discogs.fake;

/** The ways the fake can misbehave on purpose, each one seen from the real api.discogs.com or its Cloudflare front. */
public enum Fault {
    /** 500 with Discogs' JSON error body. */
    SERVER_ERROR,
    /** 500 {"message": "Query time exceeded. Please try a simpler query."}, as heavy searches get. */
    QUERY_TIMEOUT_500,
    /** The answer is held longer than a client's read timeout (see {@link FaultInjector#setSlowTimeoutHold}). */
    SLOW_TIMEOUT,
    /** 200 with only the first half of the JSON body. */
    TRUNCATED_JSON,
    /** Cloudflare's HTML challenge page with status 403 instead of JSON. */
    HTML_CHALLENGE_403,
    /** The socket is closed without any response. */
    DROP_CONNECTION,
    /** 429 {"message": "You are making requests too quickly."} although the window has room. */
    RATE_LIMITED_429,
    /**
     * The request takes effect (a copy is added, a field is changed) but the socket is closed before the
     * answer: the client cannot tell whether its write happened.
     */
    APPLIED_THEN_DROPPED
}
