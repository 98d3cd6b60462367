package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
    private final ImageRoutes images = new ImageRoutes();
    private final Identity identity;
    private final Credentials credentials;
    private final MarketPrices marketplace;
    private volatile Duration latency;
    private volatile String baseUrl = BasicInformation.API;

    record Identity(String username, long userId, String token, String consumerKey, String consumerSecret) {}

    FakeDiscogs(FakeDiscogsBuilder settings) {
        long started = System.nanoTime();
        ObjectMapper json = new ObjectMapper();
        identity = new Identity(settings.username, 4_242_424L, secret("token", settings.seed, 40),
                secret("key", settings.seed, 20), secret("secret", settings.seed, 32));
        RealDocuments real = new RealDocuments(json);
        settings.moreRealReleases.forEach(real::add);
        settings.catalogueOnly.forEach(real::add);
        GeneratedReleases generated = new GeneratedReleases(GeneratedCatalogue.build(settings.seed,
                Math.max(settings.catalogueSize, AccountSeeder.catalogueSize(settings.collectionSize, settings.wantlistSize))));
        catalogue = new Catalogue(real, generated);
        account = new FakeAccount(catalogue, settings.clock);
        account.defineFields(FieldJson.read(real.fields()));
        marketplace = new MarketPrices(catalogue, settings.clock, settings.seed);
        new AccountSeeder(settings.seed).seed(account, catalogue, settings.collectionSize, settings.wantlistSize,
                settings.folders, settings.includeRealReleases, settings.ownedRealReleases, settings.wantedRealReleases,
                settings.catalogueOnly.stream().map(r -> r.get("id").asLong()).collect(java.util.stream.Collectors.toSet()));
        // Built on the side: start-up serves listings at once, and the index is ready long before a sync searches.
        FutureTask<SearchIndex> index = new FutureTask<>(() -> new SearchIndex(generated));
        Thread indexer = new Thread(index, "fake-discogs-search-index");
        indexer.setDaemon(true);
        indexer.start();
        faults = new FaultInjector(settings.seed);
        limiter = new MovingWindowLimiter(settings.limit, settings.window);
        requests = new RequestLog();
        latency = settings.latency;

        Responder responder = new Responder(json, () -> baseUrl);
        OAuthTokens tokens = new OAuthTokens(settings.clock);
        credentials = new Credentials(identity.username(), identity.token(), identity.consumerKey(),
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
            cfg.routes.after(rules::after);
            new OAuthRoutes(credentials, tokens, responder, identity.username(), identity.userId()).addRoutes(cfg.routes);
            new UserRoutes(account, access, real, responder, identity.userId()).addRoutes(cfg.routes);
            new CollectionRoutes(account, access, listings, responder).addRoutes(cfg.routes);
            new FolderRoutes(account, access, responder).addRoutes(cfg.routes);
            new WantlistRoutes(account, access, listings, responder, settings.clock).addRoutes(cfg.routes);
            new DatabaseRoutes(catalogue, account, responder).addRoutes(cfg.routes);
            new DiscographyRoutes(catalogue, account, responder).addRoutes(cfg.routes);
            new SearchRoutes(catalogue, () -> ready(index), new RealReleaseSearch(catalogue.realFacts(), real), account, responder)
                    .addRoutes(cfg.routes);
            new MarketplaceRoutes(marketplace, account, access, responder).addRoutes(cfg.routes);
            images.addRoutes(cfg.routes);
            new ErrorMapping(responder).addRoutes(cfg.routes);
        });
        app.start();
        baseUrl = "http://" + settings.host + ":" + app.port();
        log.info("FakeDiscogs serving {} collection items and {} wants at {} (built in {} ms)", account.instanceCount(),
                account.wantReleaseIds().size(), baseUrl, (System.nanoTime() - started) / 1_000_000);
    }

    public static FakeDiscogsBuilder builder() {
        return new FakeDiscogsBuilder();
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

    /** Refuses the account's token and OAuth access from now on (401), as revoking it on discogs.com does. */
    public void revokeAccess() {
        credentials.revoke(true);
    }

    /** Accepts the account's credentials again, as after reconnecting. */
    public void restoreAccess() {
        credentials.revoke(false);
    }

    public FaultInjector faults() {
        return faults;
    }

    public FakeAccount account() {
        return account;
    }

    /** Prices that move with the fake's clock; tests pin a release's figures or make the account a seller. */
    public MarketPrices marketplace() {
        return marketplace;
    }

    public List<FakeRequest> requests() {
        return requests.snapshot();
    }

    /** Every image asked of the fake's image host, in order. */
    public List<FakeImageRequest> imageRequests() {
        return images.served();
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

    private static SearchIndex ready(FutureTask<SearchIndex> index) {
        try {
            return index.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(500, "An internal server error occurred.");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the search index could not be built", e.getCause());
        }
    }

    private static String secret(String purpose, long seed, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((purpose + ":" + seed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
