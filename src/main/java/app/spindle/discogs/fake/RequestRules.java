package app.spindle.discogs.fake;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What happens to every API request before its route runs, in Discogs' order: a User-Agent is required,
 * the caller is identified, the moving window counts it (headers on every answer, 429 when full), then the
 * configured latency and any injected fault. The authorize page and images are web pages, not API calls:
 * no limit, no faults, not logged.
 */
final class RequestRules {
    static final String CALLER = "fake.caller";
    private static final String API_REQUEST = "fake.api";
    private static final String JUDGED_AT = "fake.judgedAt";
    private static final String DROPPED = "fake.dropped";
    private static final String DROP_AFTER = "fake.dropAfter";
    static final String TOO_MANY = "You are making requests too quickly.";

    private final Credentials credentials;
    private final MovingWindowLimiter limiter;
    private final FaultInjector faults;
    private final RequestLog log;
    private final Responder responder;
    private final Supplier<Duration> latency;
    private final long startNanos = System.nanoTime();
    private final Instant startInstant = Instant.now();

    RequestRules(Credentials credentials, MovingWindowLimiter limiter, FaultInjector faults, RequestLog log,
                 Responder responder, Supplier<Duration> latency) {
        this.credentials = credentials;
        this.limiter = limiter;
        this.faults = faults;
        this.log = log;
        this.responder = responder;
        this.latency = latency;
    }

    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        return caller == null ? Caller.ANONYMOUS : caller;
    }

    void before(Context ctx) {
        if (isWebPage(ctx.path())) {
            return;
        }
        ctx.attribute(API_REQUEST, true);
        if (faults.isDown()) {
            drop(ctx);
            return;
        }
        ctx.header("X-Discogs-Media-Type", "discogs.v2");
        String userAgent = ctx.userAgent();
        if (userAgent == null || userAgent.isBlank()) {
            ctx.status(403).result("");
            ctx.skipRemainingHandlers();
            return;
        }
        Caller caller = Caller.ANONYMOUS;
        ApiError refused = null;
        try {
            caller = isTokenEndpoint(ctx.path()) ? credentials.application(ctx) : credentials.resolve(ctx);
        } catch (ApiError e) {
            refused = e;
        }
        long now = System.nanoTime();
        ctx.attribute(JUDGED_AT, startInstant.plusNanos(now - startNanos));
        ctx.attribute(CALLER, caller);
        MovingWindowLimiter.Decision decision = limiter.tryAcquire(caller.authenticated(), now);
        ctx.header("X-Discogs-Ratelimit", String.valueOf(decision.limit()));
        ctx.header("X-Discogs-Ratelimit-Used", String.valueOf(decision.used()));
        ctx.header("X-Discogs-Ratelimit-Remaining", String.valueOf(decision.remaining()));
        if (!decision.allowed()) {
            stop(ctx, new ApiError(429, TOO_MANY));
            return;
        }
        pause(latency.get());
        Optional<Fault> fault = faults.next(ctx.method().name());
        if (fault.isPresent() && inject(ctx, fault.get())) {
            return;
        }
        if (refused != null) {
            stop(ctx, refused);
        }
    }

    /** After the route: an APPLIED_THEN_DROPPED request has had its effect, and now loses its answer. */
    void after(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(DROP_AFTER))) {
            drop(ctx);
        }
    }

    /** Records the answered API request; runs after everything else, whatever happened. */
    void logged(Context ctx) {
        if (!Boolean.TRUE.equals(ctx.attribute(API_REQUEST))) {
            return;
        }
        Instant at = ctx.attribute(JUDGED_AT);
        int status = Boolean.TRUE.equals(ctx.attribute(DROPPED)) ? 0 : ctx.statusCode();
        log.add(new FakeRequest(at == null ? Instant.now() : at, ctx.method().name(), ctx.path(),
                ctx.queryString() == null ? "" : ctx.queryString(), status, caller(ctx).describe()));
    }

    /** Applies a fault; true when the response is complete and the route must not run. */
    private boolean inject(Context ctx, Fault fault) {
        switch (fault) {
            case SERVER_ERROR -> stop(ctx, new ApiError(500, "An internal server error occurred."));
            case QUERY_TIMEOUT_500 -> stop(ctx, new ApiError(500, "Query time exceeded. Please try a simpler query."));
            case RATE_LIMITED_429 -> stop(ctx, new ApiError(429, TOO_MANY));
            case HTML_CHALLENGE_403 -> {
                ctx.status(403).html(CloudflareChallenge.PAGE);
                ctx.skipRemainingHandlers();
            }
            case DROP_CONNECTION -> drop(ctx);
            case APPLIED_THEN_DROPPED -> {
                ctx.attribute(DROP_AFTER, true);
                return false;
            }
            case SLOW_TIMEOUT -> {
                faults.holdSlowResponse();
                return false;
            }
            case TRUNCATED_JSON -> {
                ctx.attribute(Responder.TRUNCATE, true);
                return false;
            }
        }
        return true;
    }

    private static void drop(Context ctx) {
        ctx.attribute(DROPPED, true);
        ConnectionDropper.drop(ctx);
        ctx.skipRemainingHandlers();
    }

    private void stop(Context ctx, ApiError error) {
        responder.error(ctx, error);
        ctx.skipRemainingHandlers();
    }

    private static boolean isWebPage(String path) {
        return path.equals(OAuthRoutes.AUTHORIZE) || path.startsWith(ImageRoutes.PATH);
    }

    private static boolean isTokenEndpoint(String path) {
        return path.equals("/oauth/request_token") || path.equals("/oauth/access_token");
    }

    private static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
