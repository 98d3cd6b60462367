package app.spindle.discogs;

import app.spindle.discogs.model.DiscogsModels;
import app.spindle.discogs.model.DiscogsPagination;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * The only code that talks HTTP to Discogs: base URL, User-Agent, authentication, the shared
 * {@link RateGovernor}, retries, pagination and the mapping of failures to {@link DiscogsException}.
 */
public final class DiscogsApiClient {
    public static final String MEDIA_TYPE = "application/vnd.discogs.v2.discogs+json";
    public static final int PER_PAGE = 100;

    private final ApiSettings settings;
    private final RateGovernor governor;
    private final DiscogsModels models;
    /** Built at the first request: its TLS context reads the CA certificates, which a server's start does not need. */
    private volatile HttpClient http;
    private final TimeSource time;
    private final DoubleSupplier jitter;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final List<Runnable> unauthorizedListeners = new CopyOnWriteArrayList<>();
    private volatile RequestSigner signer;

    public DiscogsApiClient(ApiSettings settings, RateGovernor governor, DiscogsModels models) {
        this(settings, governor, models, TimeSource.system(), new Random()::nextDouble);
    }

    DiscogsApiClient(ApiSettings settings, RateGovernor governor, DiscogsModels models, TimeSource time,
            DoubleSupplier jitter) {
        this.settings = settings;
        this.governor = governor;
        this.models = models;
        this.time = time;
        this.jitter = jitter;
        this.signer = new RequestSigner(settings.baseUrl(), new DiscogsCredentials.None());
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder()
                            .connectTimeout(settings.connectTimeout())
                            .version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                }
                client = http;
            }
        }
        return client;
    }

    public void useCredentials(DiscogsCredentials credentials) {
        signer = new RequestSigner(settings.baseUrl(), credentials);
    }

    public DiscogsCredentials credentials() {
        return signer.credentials();
    }

    /** Called whenever Discogs answers 401: the stored credentials no longer work. */
    public void onUnauthorized(Runnable listener) {
        unauthorizedListeners.add(listener);
    }

    public ApiCounters counters() {
        return new ApiCounters(requests.get(), rateLimited.get(), governor.limit(),
                governor.lastRemaining(), governor.lastUsed());
    }

    /** The one rate governor: the price pass sets its lane's share here. */
    public RateGovernor governor() {
        return governor;
    }

    public ApiSettings settings() {
        return settings;
    }

    public DiscogsModels models() {
        return models;
    }

    /** The largest cover image Spindle keeps; Discogs serves covers of a few hundred KB. */
    static final int MAX_IMAGE_BYTES = 8 * 1024 * 1024;

    /**
     * Downloads an image from Discogs' image hosts (not the API: no rate-limit slot), with our
     * User-Agent. Only http(s), no redirects, at most {@link #MAX_IMAGE_BYTES}.
     */
    public byte[] download(String url) throws java.io.IOException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new java.io.IOException("not an image URL");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new java.io.IOException("not an http(s) image URL");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent()).GET().build();
        try {
            java.net.http.HttpResponse<java.io.InputStream> response =
                    http().send(request, java.net.http.HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new java.io.IOException("image answered HTTP " + response.statusCode());
                }
                byte[] bytes = in.readNBytes(MAX_IMAGE_BYTES + 1);
                if (bytes.length > MAX_IMAGE_BYTES) {
                    throw new java.io.IOException("image larger than " + MAX_IMAGE_BYTES + " bytes");
                }
                return bytes;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.IOException("interrupted");
        }
    }

    public <T> T get(String path, Map<String, String> query, Priority priority, Function<String, T> parse) {
        return execute(new ApiRequest("GET", url(path, query), null, null, Map.of(), priority, true), parse);
    }

    /** A POST with an optional JSON body; returns null for an empty answer (204). Not retried except after 429. */
    public <T> T post(String path, Object jsonBody, Priority priority, Function<String, T> parse) {
        return execute(new ApiRequest("POST", url(path, Map.of()), json(jsonBody), "application/json",
                Map.of(), priority, false), parse);
    }

    public <T> T put(String path, Object jsonBody, Priority priority, Function<String, T> parse) {
        return execute(new ApiRequest("PUT", url(path, Map.of()), json(jsonBody), "application/json",
                Map.of(), priority, true), parse);
    }

    public void delete(String path, Priority priority) {
        execute(new ApiRequest("DELETE", url(path, Map.of()), null, null, Map.of(), priority, true), body -> null);
    }

    /**
     * Every page of a list, {@value #PER_PAGE} at a time, fetched as the iterator advances; it follows
     * {@code pagination.pages} and stops after the last page.
     */
    public <P> Iterator<P> pages(String path, Map<String, String> query, Priority priority,
            Function<String, P> parse, Function<P, DiscogsPagination> paginationOf) {
        return new PageIterator<>(pageNumber -> {
            Map<String, String> pageQuery = new LinkedHashMap<>(query);
            pageQuery.put("page", String.valueOf(pageNumber));
            pageQuery.putIfAbsent("per_page", String.valueOf(PER_PAGE));
            return get(path, pageQuery, priority, parse);
        }, paginationOf);
    }

    /** Sends a request that was signed elsewhere (the OAuth token calls): no credentials are added, any status is returned. */
    ApiResponse sendPresigned(String method, String url, Map<String, String> headers, String formBody, Priority priority) {
        ApiRequest request = new ApiRequest(method, url, formBody, "application/x-www-form-urlencoded",
                headers, priority, false);
        return execute(request, null, true).response();
    }

    private <T> T execute(ApiRequest request, Function<String, T> parse) {
        return execute(request, parse, false).value();
    }

    /**
     * The retry loop. The body is parsed inside it so that a truncated or non-JSON answer to an
     * idempotent request is retried like a 5xx.
     */
    private <T> Received<T> execute(ApiRequest request, Function<String, T> parse, boolean anyStatus) {
        int failures = 0;
        int limitedInARow = 0;
        while (true) {
            ApiResponse response;
            try {
                governor.acquire(request.priority());
                requests.incrementAndGet();
                response = send(request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DiscogsException.Unavailable(request.describe() + ": interrupted", e);
            } catch (IOException e) {
                failures++;
                if (!request.idempotent() || failures >= settings.attempts()) {
                    throw new DiscogsException.Unavailable(request.describe() + ": " + reasonFor(e)
                            + attemptsNote(failures), e);
                }
                pauseBeforeRetry(request, failures);
                continue;
            }
            governor.onResponse(response.status(), response.intHeader("X-Discogs-Ratelimit"),
                    response.intHeader("X-Discogs-Ratelimit-Used"),
                    response.intHeader("X-Discogs-Ratelimit-Remaining"), response.retryAfter());
            int status = response.status();
            if (status == 429) {
                rateLimited.incrementAndGet();
                limitedInARow++;
                if (limitedInARow >= settings.rateLimitedAttempts()) {
                    throw new DiscogsException.RateLimitedTooLong(request.describe() + ": still rate limited after "
                            + limitedInARow + " attempts");
                }
                continue;
            }
            limitedInARow = 0;
            String where = request.describe() + ": HTTP " + status;
            String problem;
            if (status >= 500) {
                problem = where + messageOf(response);
            } else if (anyStatus) {
                return new Received<>(response, null);
            } else if (!response.body().isBlank() && !response.isJson()) {
                // Cloudflare's HTML challenge, or anything else that is not the API answering
                problem = where + ": not JSON (" + response.headers().firstValue("Content-Type").orElse("no content type") + ")";
            } else {
                failIfRefused(response, where);
                if (parse == null || response.body().isBlank()) {
                    return new Received<>(response, null);
                }
                try {
                    return new Received<>(response, parse.apply(response.body()));
                } catch (DiscogsException.BadResponse e) {
                    problem = where + ": " + e.getMessage();
                }
            }
            failures++;
            if (!request.idempotent() || failures >= settings.attempts()) {
                if (status >= 500) {
                    throw new DiscogsException.Unavailable(problem + attemptsNote(failures), null);
                }
                throw new DiscogsException.BadResponse(problem + attemptsNote(failures), null);
            }
            pauseBeforeRetry(request, failures);
        }
    }

    private void failIfRefused(ApiResponse response, String where) {
        switch (response.status()) {
            case 401 -> {
                unauthorizedListeners.forEach(Runnable::run);
                throw new DiscogsException.Unauthorized(where + messageOf(response));
            }
            case 403 -> throw new DiscogsException.Forbidden(where + messageOf(response));
            case 404 -> throw new DiscogsException.NotFound(where + messageOf(response));
            default -> {
                if (response.status() >= 400 && response.status() < 500 && response.isJson()) {
                    throw new DiscogsException.Rejected(where + messageOf(response));
                }
                if (response.status() >= 300) {
                    throw new DiscogsException.BadResponse(where + messageOf(response), null);
                }
            }
        }
    }

    private ApiResponse send(ApiRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", MEDIA_TYPE);
        String authorization = request.headers().containsKey("Authorization")
                ? null : signer.authorization(request.method(), request.url());
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        request.headers().forEach(builder::header);
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType());
            builder.method(request.method(), HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http().send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new ApiResponse(response.statusCode(), response.body() == null ? "" : response.body(), response.headers());
    }

    private void pauseBeforeRetry(ApiRequest request, int failures) {
        long base = settings.retryBackoff().toMillis() << Math.min(failures - 1, 10);
        long pause = base / 2 + (long) (base / 2.0 * jitter.getAsDouble());
        try {
            time.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscogsException.Unavailable(request.describe() + ": interrupted", e);
        }
    }

    private String messageOf(ApiResponse response) {
        String message = models.errorMessage(response.body());
        return message == null ? "" : ": " + message;
    }

    private static String attemptsNote(int failures) {
        return failures > 1 ? " (after " + failures + " attempts)" : "";
    }

    private static String reasonFor(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timed out";
        }
        String message = e.getMessage();
        return "connection failed (" + e.getClass().getSimpleName() + (message == null ? "" : ": " + message) + ")";
    }

    private String json(Object body) {
        return body == null ? null : body instanceof String s ? s : models.write(body);
    }

    String url(String path, Map<String, String> query) {
        StringBuilder url = new StringBuilder(settings.baseUrl()).append(path.startsWith("/") ? "" : "/").append(path);
        String separator = path.contains("?") ? "&" : "?";
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            if (parameter.getValue() == null || parameter.getValue().isEmpty()) {
                continue;
            }
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = "&";
        }
        return url.toString();
    }

    /** Percent-encoding with %20 for spaces, as OAuth signatures expect. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    private record Received<T>(ApiResponse response, T value) {
    }

    private record ApiRequest(String method, String url, String body, String contentType, Map<String, String> headers,
            Priority priority, boolean idempotent) {

        /** "GET /releases/1?page=2" — the path and query, never a token. */
        String describe() {
            URI uri = URI.create(url);
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return DiscogsException.withoutSecrets(method + " " + uri.getRawPath() + query);
        }
    }
}
