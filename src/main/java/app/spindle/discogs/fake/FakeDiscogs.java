package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A faithful in-process stand-in for api.discogs.com: the real endpoints, shapes, headers, limits, auth and
 * errors, over the captured documents plus a deterministic generated catalogue, with knobs for tests
 * (rate limit, latency, faults, account changes, request log). Used by tests and by demo mode.
 */
public final class FakeDiscogs implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FakeDiscogs.class);

    private final Javalin app;
    private final FakeAccount account;
    private final Catalogue catalogue;
    private final FaultInjector faults;
    private final MovingWindowLimiter limiter;
    private final RequestLog requests;
    private final Identity identity;
    private volatile Duration latency;
    private volatile String baseUrl = BasicInformation.API;

    record Identity(String username, long userId, String token, String consumerKey, String consumerSecret) {}

    private FakeDiscogs(Builder settings) {
        long started = System.nanoTime();
        ObjectMapper json = new ObjectMapper();
        identity = new Identity(settings.username, 4_242_424L, secret("token", settings.seed, 40),
                secret("key", settings.seed, 20), secret("secret", settings.seed, 32));
        RealDocuments real = new RealDocuments(json);
        GeneratedReleases generated = new GeneratedReleases(GeneratedCatalogue.build(settings.seed,
                AccountSeeder.catalogueSize(settings.collectionSize, settings.wantlistSize)));
        catalogue = new Catalogue(real, generated);
        account = new FakeAccount(catalogue, settings.clock);
        new AccountSeeder(settings.seed).seed(account, catalogue, settings.collectionSize, settings.wantlistSize,
                settings.folders, settings.includeRealReleases);
        SearchIndex index = new SearchIndex(generated);
        faults = new FaultInjector(settings.seed);
        limiter = new MovingWindowLimiter(settings.limit, settings.window);
        requests = new RequestLog();
        latency = settings.latency;

        Responder responder = new Responder(json, () -> baseUrl);
        OAuthTokens tokens = new OAuthTokens(settings.clock);
        Credentials credentials = new Credentials(identity.username(), identity.token(), identity.consumerKey(),
                identity.consumerSecret(), tokens, settings.clock);
        RequestRules rules = new RequestRules(credentials, limiter, faults, requests, responder, () -> latency);
        AccountAccess access = new AccountAccess(identity.username(), json);
        ListingJson listings = new ListingJson(catalogue);
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = settings.host;
            cfg.jetty.port = settings.port;
            cfg.requestLogger.http((ctx, ms) -> rules.logged(ctx));
            cfg.routes.before(rules::before);
            new OAuthRoutes(credentials, tokens, responder, identity.username(), identity.userId()).addRoutes(cfg.routes);
            new UserRoutes(account, access, real, responder, identity.userId()).addRoutes(cfg.routes);
            new CollectionRoutes(account, access, listings, responder, real).addRoutes(cfg.routes);
            new WantlistRoutes(account, access, listings, responder, settings.clock).addRoutes(cfg.routes);
            new DatabaseRoutes(catalogue, account, responder).addRoutes(cfg.routes);
            new SearchRoutes(catalogue, index, new RealReleaseSearch(catalogue.realFacts(), real), account, responder)
                    .addRoutes(cfg.routes);
            new MarketplaceRoutes(catalogue, responder).addRoutes(cfg.routes);
            new ImageRoutes().addRoutes(cfg.routes);
            new ErrorMapping(responder).addRoutes(cfg.routes);
        });
        app.start();
        baseUrl = "http://" + settings.host + ":" + app.port();
        log.info("FakeDiscogs serving {} collection items and {} wants at {} (built in {} ms)", account.instanceCount(),
                account.wantReleaseIds().size(), baseUrl, (System.nanoTime() - started) / 1_000_000);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** "http://127.0.0.1:PORT": what DISCOGS_API_URL is set to. */
    public String baseUrl() {
        return baseUrl;
    }

    public String username() {
        return identity.username();
    }

    /** A valid personal access token of the account. */
    public String token() {
        return identity.token();
    }

    public String consumerKey() {
        return identity.consumerKey();
    }

    public String consumerSecret() {
        return identity.consumerSecret();
    }

    /** The authorize page (on the real Discogs: https://www.discogs.com/oauth/authorize). */
    public String authorizeUrl() {
        return baseUrl + OAuthRoutes.AUTHORIZE;
    }

    /** At most {@code limit} authenticated requests in any window of this length (unauthenticated: 25/60 of it). */
    public void setRateLimit(int limit, Duration window) {
        limiter.reconfigure(limit, window);
    }

    public void setLatency(Duration latency) {
        this.latency = latency;
    }

    public FaultInjector faults() {
        return faults;
    }

    public FakeAccount account() {
        return account;
    }

    public List<FakeRequest> requests() {
        return requests.snapshot();
    }

    /** All API requests answered (429s and faults included; the authorize page and images are not API requests). */
    public long requestCount() {
        return requests.total();
    }

    public long rateLimitedCount() {
        return requests.rateLimited();
    }

    public void resetRequestLog() {
        requests.reset();
    }

    /** Every release id the fake can serve: the real captured ones, then the generated ones. */
    public List<Long> releaseIds() {
        List<Long> ids = new ArrayList<>(catalogue.realReleaseIds());
        GeneratedCatalogue generated = catalogue.generated();
        for (int k = 0; k < generated.releaseCount; k++) {
            ids.add(generated.releaseId(k));
        }
        return ids;
    }

    @Override
    public void close() {
        faults.releaseHeldResponses();
        app.stop();
    }

    private static String secret(String purpose, long seed, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((purpose + ":" + seed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Settings for a new fake; {@link #start()} builds the account and serves it on a free port. */
    public static final class Builder {
        private long seed = 42;
        private int collectionSize = 500;
        private int wantlistSize = 100;
        private int folders = 4;
        private int limit = 60;
        private Duration window = Duration.ofSeconds(60);
        private Duration latency = Duration.ZERO;
        private String username = "demo_collector";
        private boolean includeRealReleases = true;
        private Clock clock = Clock.systemUTC();
        private String host = "127.0.0.1";
        private int port = 0;

        private Builder() {}

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Generated collection items (0 to 100,000); the real captured releases are added unless excluded. */
        public Builder collectionSize(int items) {
            this.collectionSize = checked(items, 0, 100_000, "collectionSize");
            return this;
        }

        public Builder wantlistSize(int wants) {
            this.wantlistSize = checked(wants, 0, 100_000, "wantlistSize");
            return this;
        }

        /** User folders besides 0 "All" and 1 "Uncategorized". */
        public Builder folders(int userFolders) {
            this.folders = checked(userFolders, 0, 100, "folders");
            return this;
        }

        public Builder rateLimit(int limit, Duration window) {
            this.limit = checked(limit, 1, Integer.MAX_VALUE, "rate limit");
            this.window = window;
            return this;
        }

        public Builder latency(Duration latency) {
            this.latency = latency;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /** Whether the real captured releases are in the collection too (default true). */
        public Builder includeRealReleases(boolean include) {
            this.includeRealReleases = include;
            return this;
        }

        /** The clock for dates of new items and the 15-minute life of request tokens. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = checked(port, 0, 65_535, "port");
            return this;
        }

        public FakeDiscogs start() {
            return new FakeDiscogs(this);
        }

        private static int checked(int value, int min, int max, String name) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        }
    }
}
