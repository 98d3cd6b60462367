package app.spindle.discogs;

import app.spindle.discogs.model.DiscogsIdentity;
import com.github.scribejava.core.model.OAuth1AccessToken;
import com.github.scribejava.core.model.OAuth1RequestToken;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Response;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Connecting a Discogs account: the OAuth 1.0a flow (request token → the user authorizes on
 * Discogs → access token) or a personal access token, each validated with {@code /oauth/identity}
 * and then kept in a {@link CredentialStore}. Tracks whether the account works: validated once,
 * then any 401 anywhere marks it as needing to be reconnected.
 */
public final class DiscogsAuth {
    private final DiscogsApiClient api;
    private final CredentialStore store;
    private final AtomicReference<DiscogsCredentials.Consumer> consumer = new AtomicReference<>();
    private final AtomicReference<PendingAuthorization> pending = new AtomicReference<>();
    private volatile AuthState state = AuthState.DISCONNECTED;

    /** {@code consumer} may be null: it can also be given later from the settings form. */
    public DiscogsAuth(DiscogsApiClient api, CredentialStore store, DiscogsCredentials.Consumer consumer) {
        this.api = api;
        this.store = store;
        this.consumer.set(consumer);
        api.onUnauthorized(this::markNeedsReconnect);
        restore();
    }

    /** What the UI shows: connected (and validated or not yet), or in need of (re)connecting. */
    public record AuthState(boolean hasCredentials, Boolean valid, String username) {
        static final AuthState DISCONNECTED = new AuthState(false, false, null);

        public boolean needsReconnect() {
            return hasCredentials && Boolean.FALSE.equals(valid);
        }
    }

    /** Consumer key and secret of the application, from flags or the store. */
    public void useConsumer(String key, String secret) {
        consumer.set(new DiscogsCredentials.Consumer(key, secret));
        if (!state.hasCredentials()) {
            api.useCredentials(consumer.get());
        }
    }

    /** The consumer typed into the settings form: used now and kept in the store for the next start. */
    public void keepConsumer(String key, String secret) {
        useConsumer(key, secret);
        store.saveConsumer(consumer.get());
    }

    public Optional<DiscogsCredentials.Consumer> consumer() {
        return Optional.ofNullable(consumer.get());
    }

    /**
     * Starts the OAuth flow: gets a request token whose callback is {@code callbackUrl} and returns
     * the Discogs page the user must be sent to.
     */
    public String startAuthorization(String callbackUrl, DiscogsCredentials.SignatureMethod method) {
        DiscogsCredentials.Consumer app = consumer.get();
        if (app == null) {
            throw new DiscogsException.AuthorizationFailed("no consumer key and secret configured");
        }
        DiscogsOAuthService service = service(app, method, callbackUrl);
        Response response = send(service.signedRequestTokenRequest());
        OAuth1RequestToken requestToken = extract(() -> service.getApi().getRequestTokenExtractor().extract(response));
        pending.set(new PendingAuthorization(requestToken, method, app));
        return service.getAuthorizationUrl(requestToken);
    }

    /**
     * Finishes the OAuth flow with what the callback received: exchanges the verifier for an access
     * token, validates it and stores it. A callback for any other request token is rejected.
     */
    public DiscogsIdentity completeAuthorization(String oauthToken, String verifier) {
        PendingAuthorization started = pending.get();
        if (started == null || oauthToken == null || !started.requestToken().getToken().equals(oauthToken)) {
            throw new DiscogsException.AuthorizationFailed("this authorization was not started here, or has been replaced");
        }
        if (verifier == null || verifier.isBlank()) {
            throw new DiscogsException.AuthorizationFailed("the authorization was not granted");
        }
        pending.compareAndSet(started, null);
        DiscogsOAuthService service = service(started.consumer(), started.method(), null);
        Response response = send(service.signedAccessTokenRequest(started.requestToken(), verifier));
        OAuth1AccessToken token = extract(() -> service.getApi().getAccessTokenExtractor().extract(response));
        return connect(new DiscogsCredentials.OAuth(started.consumer(), token.getToken(), token.getTokenSecret(),
                started.method()));
    }

    /** Connects with a personal access token, once it has been validated. */
    public DiscogsIdentity connectWithToken(String token) {
        return connect(new DiscogsCredentials.PersonalToken(token));
    }

    /**
     * Uses a token given at start ({@code DISCOGS_TOKEN}), which wins over the stored account. Not
     * stored and not validated here: {@link #isAuthenticated()} asks Discogs when first needed.
     */
    public void useTokenFromConfig(String token) {
        api.useCredentials(new DiscogsCredentials.PersonalToken(token));
        state = new AuthState(true, null, null);
    }

    /** Forgets the account's tokens (here and in the store); the consumer, if any, stays. */
    public void disconnect() {
        store.clear();
        pending.set(null);
        state = AuthState.DISCONNECTED;
        api.useCredentials(consumer.get() != null ? consumer.get() : new DiscogsCredentials.None());
    }

    /**
     * Whether the stored credentials work. Asks Discogs once and remembers; a 401 on any later request
     * turns it to false. When Discogs cannot be reached the answer is not remembered, and stored
     * credentials are given the benefit of the doubt.
     */
    public boolean isAuthenticated() {
        AuthState current = state;
        if (!current.hasCredentials()) {
            return false;
        }
        if (current.valid() != null) {
            return current.valid();
        }
        try {
            DiscogsIdentity identity = identity();
            state = new AuthState(true, true, identity.username());
            return true;
        } catch (DiscogsException.Unauthorized e) {
            return false;
        } catch (DiscogsException.Unavailable | DiscogsException.RateLimitedTooLong | DiscogsException.BadResponse e) {
            return true;
        }
    }

    /** Discogs confirmed who {@code credentials} belong to (the sync asks at every run). */
    public void confirmed(DiscogsCredentials credentials, DiscogsIdentity identity) {
        if (api.credentials() == credentials && state.hasCredentials()) {
            state = new AuthState(true, true, identity.username());
        }
    }

    public AuthState state() {
        return state;
    }

    public Optional<String> username() {
        return Optional.ofNullable(state.username());
    }

    private DiscogsIdentity connect(DiscogsCredentials credentials) {
        DiscogsCredentials before = api.credentials();
        AuthState stateBefore = state;
        api.useCredentials(credentials);
        DiscogsIdentity identity;
        try {
            identity = identity();
        } catch (DiscogsException e) {
            // the 401 for the rejected token marked the account as needing a reconnect: the old one still works
            api.useCredentials(before);
            state = stateBefore;
            throw e;
        }
        store.save(new StoredCredentials(credentials, identity.username()));
        state = new AuthState(true, true, identity.username());
        return identity;
    }

    private DiscogsIdentity identity() {
        return api.get("/oauth/identity", Map.of(), Priority.INTERACTIVE,
                body -> api.models().parse(body, DiscogsIdentity.class));
    }

    private void restore() {
        Optional<StoredCredentials> stored = store.load();
        if (stored.isPresent()) {
            api.useCredentials(stored.get().credentials());
            state = new AuthState(true, null, stored.get().username());
        } else if (consumer.get() != null) {
            api.useCredentials(consumer.get());
        }
    }

    private void markNeedsReconnect() {
        AuthState current = state;
        if (current.hasCredentials()) {
            state = new AuthState(true, false, current.username());
        }
    }

    private DiscogsOAuthService service(DiscogsCredentials.Consumer app, DiscogsCredentials.SignatureMethod method,
            String callbackUrl) {
        return new DiscogsOAuthService(new DiscogsOAuthApi(api.settings().baseUrl(), method), app, callbackUrl);
    }

    private Response send(OAuthRequest request) {
        ApiResponse response = api.sendPresigned(request.getVerb().name(), request.getCompleteUrl(),
                request.getHeaders(), request.getBodyParams().asFormUrlEncodedString(), Priority.INTERACTIVE);
        if (response.status() == 401 || response.status() == 400) {
            String message = api.models().errorMessage(response.body());
            throw new DiscogsException.AuthorizationFailed("Discogs refused the authorization (HTTP "
                    + response.status() + (message == null ? "" : ": " + message) + ")");
        }
        if (response.status() != 200) {
            throw new DiscogsException.BadResponse("OAuth token request: HTTP " + response.status(), null);
        }
        return new Response(response.status(), "", Map.of(), response.body());
    }

    private static <T> T extract(TokenRead<T> read) {
        try {
            return read.get();
        } catch (IOException | RuntimeException e) {
            throw new DiscogsException.AuthorizationFailed("Discogs answered without a usable token");
        }
    }

    private interface TokenRead<T> {
        T get() throws IOException;
    }

    private record PendingAuthorization(OAuth1RequestToken requestToken, DiscogsCredentials.SignatureMethod method,
            DiscogsCredentials.Consumer consumer) {
    }
}
