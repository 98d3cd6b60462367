package app.spindle.discogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class DiscogsAuthAgainstFakeTest {
    private static final String CALLBACK = "http://127.0.0.1:8080/settings/discogs/callback";

    private static FakeDiscogs fake() {
        return FakeDiscogs.builder().seed(11).collectionSize(30).wantlistSize(5)
                .folders(2).rateLimit(200, Duration.ofSeconds(1)).start();
    }

    private static DiscogsApiClient anonymousApi(FakeDiscogs fake) {
        return new DiscogsApiClient(FakeDiscogsFixture.settings(fake), new RateGovernor(200, Duration.ofSeconds(1)),
                new app.spindle.discogs.model.DiscogsModels());
    }

    @ParameterizedTest
    @EnumSource(DiscogsCredentials.SignatureMethod.class)
    void the_oauth_flow_connects_an_account_end_to_end(DiscogsCredentials.SignatureMethod method) throws Exception {
        try (FakeDiscogs fake = fake()) {
            DiscogsApiClient api = anonymousApi(fake);
            CredentialStore store = new CredentialStore.InMemory();
            DiscogsAuth auth = new DiscogsAuth(api, store,
                    new DiscogsCredentials.Consumer(fake.consumerKey(), fake.consumerSecret()));
            assertFalse(auth.isAuthenticated());

            String authorizeUrl = auth.startAuthorization(CALLBACK, method);
            assertTrue(authorizeUrl.startsWith(fake.authorizeUrl() + "?oauth_token="), authorizeUrl);
            Map<String, String> callback = userClicksAuthorize(authorizeUrl);

            auth.completeAuthorization(callback.get("oauth_token"), callback.get("oauth_verifier"));
            assertTrue(auth.isAuthenticated());
            assertEquals(fake.username(), auth.username().orElseThrow());
            assertTrue(store.load().orElseThrow().credentials() instanceof DiscogsCredentials.OAuth);

            // signed API calls work with the stored access token, also after a restart
            DiscogsApiClient restarted = anonymousApi(fake);
            DiscogsAuth restored = new DiscogsAuth(restarted, store, null);
            assertTrue(restored.isAuthenticated());
            DiscogsClient client = new DiscogsClient(restarted);
            assertFalse(client.folders().isEmpty());
            assertTrue(client.wantsPage(1, 1, ListOrder.NEWEST_FIRST).pagination().items() > 0, "the wantlist, signed");
            assertTrue(fake.requests().stream().anyMatch(r -> "oauth".equals(r.auth())));
        }
    }

    @Test
    void a_callback_for_another_request_token_is_rejected() throws Exception {
        try (FakeDiscogs fake = fake()) {
            DiscogsAuth auth = new DiscogsAuth(anonymousApi(fake), new CredentialStore.InMemory(),
                    new DiscogsCredentials.Consumer(fake.consumerKey(), fake.consumerSecret()));
            String first = auth.startAuthorization(CALLBACK, DiscogsCredentials.SignatureMethod.PLAINTEXT);
            Map<String, String> stale = userClicksAuthorize(first);
            auth.startAuthorization(CALLBACK, DiscogsCredentials.SignatureMethod.PLAINTEXT);
            assertThrows(DiscogsException.AuthorizationFailed.class,
                    () -> auth.completeAuthorization(stale.get("oauth_token"), stale.get("oauth_verifier")));
            assertThrows(DiscogsException.AuthorizationFailed.class,
                    () -> auth.completeAuthorization("made-up", "verifier"));
            assertFalse(auth.state().hasCredentials());
        }
    }

    @Test
    void a_wrong_consumer_secret_fails_clearly() {
        try (FakeDiscogs fake = fake()) {
            DiscogsAuth auth = new DiscogsAuth(anonymousApi(fake), new CredentialStore.InMemory(),
                    new DiscogsCredentials.Consumer(fake.consumerKey(), "not-the-secret"));
            DiscogsException e = assertThrows(DiscogsException.AuthorizationFailed.class,
                    () -> auth.startAuthorization(CALLBACK, DiscogsCredentials.SignatureMethod.HMAC_SHA1));
            assertFalse(e.getMessage().contains("not-the-secret"));
        }
    }

    @Test
    void a_personal_token_is_validated_stored_and_forgotten_on_disconnect() {
        try (FakeDiscogs fake = fake()) {
            DiscogsApiClient api = anonymousApi(fake);
            CredentialStore store = new CredentialStore.InMemory();
            DiscogsAuth auth = new DiscogsAuth(api, store, null);
            assertThrows(DiscogsException.Unauthorized.class, () -> auth.connectWithToken("wrong"));
            assertFalse(auth.state().hasCredentials());
            assertEquals(fake.username(), auth.connectWithToken(fake.token()).username());
            assertTrue(auth.isAuthenticated());
            long requests = fake.requestCount();
            assertTrue(auth.isAuthenticated());
            assertEquals(requests, fake.requestCount(), "validated once, then remembered");
            auth.disconnect();
            assertTrue(store.load().isEmpty());
            assertFalse(auth.isAuthenticated());
            assertTrue(api.credentials() instanceof DiscogsCredentials.None);
        }
    }

    /** What the user's browser does: open the authorize page, press "Authorize", land on the callback. */
    private static Map<String, String> userClicksAuthorize(String authorizeUrl) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(authorizeUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        Matcher action = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"").matcher(page.body());
        Matcher token = Pattern.compile("name=\"oauth_token\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(action.find() && token.find(), page.body());
        URI formTarget = URI.create(authorizeUrl).resolve(action.group(1));
        HttpResponse<String> redirect = browser.send(HttpRequest.newBuilder(formTarget)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("oauth_token=" + token.group(1) + "&decision=authorize"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(redirect.statusCode() / 100 == 3, "redirect expected: " + redirect.statusCode());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(CALLBACK), location);
        Map<String, String> parameters = new HashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
