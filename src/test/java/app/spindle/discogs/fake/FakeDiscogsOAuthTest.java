package app.spindle.discogs.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.builder.api.DefaultApi10a;
import com.github.scribejava.core.model.OAuth1AccessToken;
import com.github.scribejava.core.model.OAuth1RequestToken;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Verb;
import com.github.scribejava.core.oauth.OAuth10aService;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeDiscogsOAuthTest {
    FakeDiscogs fake;
    FakeApi api;
    MutableClock clock = new MutableClock();

    @BeforeEach
    void start() {
        fake = FakeDiscogs.builder().collectionSize(10).wantlistSize(2).clock(clock).start();
        api = new FakeApi(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void the_plaintext_dance_request_token_authorize_access_token_works_with_httpclient() throws Exception {
        Map<String, String> request = form(post("/oauth/request_token", plaintext(fake.consumerSecret(), "", Map.of(
                "oauth_callback", "http://127.0.0.1:9/auth/callback"))));
        assertEquals("true", request.get("oauth_callback_confirmed"));
        String verifier = authorizeInTheBrowser(request.get("oauth_token"));

        Map<String, String> access = form(post("/oauth/access_token", plaintext(fake.consumerSecret(),
                request.get("oauth_token_secret"), Map.of("oauth_token", request.get("oauth_token"), "oauth_verifier", verifier))));
        assertNotNull(access.get("oauth_token"));

        FakeApi.Answer identity = api.send(api.request("/oauth/identity").header("Authorization",
                plaintext(fake.consumerSecret(), access.get("oauth_token_secret"), Map.of("oauth_token", access.get("oauth_token")))).GET());
        assertEquals(200, identity.status());
        assertEquals(fake.username(), identity.json().get("username").asText());
        assertEquals("oauth", fake.requests().get(fake.requests().size() - 1).auth());
    }

    @Test
    void hmac_sha1_signatures_made_by_scribejava_are_verified_by_the_fakes_own_code() throws Exception {
        OAuth10aService service = new ServiceBuilder(fake.consumerKey()).apiSecret(fake.consumerSecret())
                .callback("http://127.0.0.1:9/auth/callback").userAgent(FakeApi.USER_AGENT).build(new FakeApi10a(fake));
        OAuth1RequestToken requestToken = service.getRequestToken();
        String verifier = authorizeInTheBrowser(requestToken.getToken());
        OAuth1AccessToken accessToken = service.getAccessToken(requestToken, verifier);

        OAuthRequest signed = new OAuthRequest(Verb.GET, fake.baseUrl() + "/users/" + fake.username() + "/wants?per_page=1&sort=added");
        service.signRequest(accessToken, signed);
        HttpRequest.Builder request = api.request(signed.getCompleteUrl()).GET();
        signed.getHeaders().forEach(request::header);
        FakeApi.Answer wants = api.send(request);
        assertEquals(200, wants.status(), wants.body());
        assertEquals(1, wants.json().get("wants").size());
        assertEquals(2, wants.json().get("pagination").get("pages").asInt());
    }

    @Test
    void a_wrong_signature_is_refused() {
        assertEquals(401, post("/oauth/request_token", plaintext("not-the-secret", "", Map.of("oauth_callback", "oob"))).statusCode());
        Map<String, String> hmac = new HashMap<>(Map.of("oauth_consumer_key", fake.consumerKey(), "oauth_signature_method", "HMAC-SHA1",
                "oauth_timestamp", String.valueOf(clock.instant().getEpochSecond()), "oauth_nonce", "abc",
                "oauth_callback", "oob", "oauth_signature", "bm90IGEgc2lnbmF0dXJl"));
        assertEquals(401, post("/oauth/request_token", header(hmac)).statusCode());
        FakeApi.Answer forged = api.send(api.request("/oauth/identity").header("Authorization",
                plaintext(fake.consumerSecret(), "guess", Map.of("oauth_token", "no-such-token"))).GET());
        assertEquals(401, forged.status());
        assertEquals(401, api.send(api.request("/oauth/identity").header("Authorization", "Discogs token=wrong").GET()).status());
    }

    @Test
    void request_tokens_expire_after_15_minutes() throws Exception {
        Map<String, String> request = form(post("/oauth/request_token", plaintext(fake.consumerSecret(), "", Map.of("oauth_callback", "oob"))));
        String verifier = authorizeInTheBrowser(request.get("oauth_token"));
        clock.advance(Duration.ofMinutes(16));
        HttpResponse<String> late = post("/oauth/access_token", plaintext(fake.consumerSecret(), request.get("oauth_token_secret"),
                Map.of("oauth_token", request.get("oauth_token"), "oauth_verifier", verifier)));
        assertEquals(400, late.statusCode());
        assertEquals(400, api.anonymous("/oauth/authorize?oauth_token=" + request.get("oauth_token")).status());
    }

    @Test
    void a_wrong_verifier_is_a_400() {
        Map<String, String> request = form(post("/oauth/request_token", plaintext(fake.consumerSecret(), "", Map.of("oauth_callback", "oob"))));
        HttpResponse<String> wrong = post("/oauth/access_token", plaintext(fake.consumerSecret(), request.get("oauth_token_secret"),
                Map.of("oauth_token", request.get("oauth_token"), "oauth_verifier", "guessed")));
        assertEquals(400, wrong.statusCode());
    }

    @Test
    void the_signature_base_string_follows_rfc_5849() {
        // The example request of RFC 5849 section 3.4.1.1.
        Map<String, String> oauth = new java.util.LinkedHashMap<>();
        oauth.put("oauth_consumer_key", "9djdj82h48djs9d2");
        oauth.put("oauth_token", "kkk9d7dh3k39sjv7");
        oauth.put("oauth_signature_method", "HMAC-SHA1");
        oauth.put("oauth_timestamp", "137131201");
        oauth.put("oauth_nonce", "7d8f3e4a");
        oauth.put("oauth_signature", "bYT5CMsGcbgUdFHObYMEfcx6bsw%3D");
        List<Map.Entry<String, String>> params = List.of(Map.entry("b5", "=%3D"), Map.entry("a3", "a"), Map.entry("c@", ""),
                Map.entry("a2", "r b"), Map.entry("c2", ""), Map.entry("a3", "2 q"));
        String base = OAuthSignature.baseString(new app.spindle.discogs.fake.OAuthRequest("POST", "http://example.com/request", oauth, params));
        assertEquals("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D"
                + "%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1"
                + "%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7", base);
    }

    @Test
    void the_authorize_page_never_gets_faults_and_is_not_an_api_request() throws Exception {
        Map<String, String> request = form(post("/oauth/request_token", plaintext(fake.consumerSecret(), "", Map.of("oauth_callback", "oob"))));
        fake.faults().script(Fault.SERVER_ERROR);
        long before = fake.requestCount();
        FakeApi.Answer page = api.anonymous("/oauth/authorize?oauth_token=" + request.get("oauth_token"));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"authorize\""));
        assertEquals(before, fake.requestCount());
        assertEquals(1, fake.faults().scriptedLeft());
    }

    /** GETs the authorize page, presses "Authorize" and reads the verifier off the redirect to the callback. */
    private String authorizeInTheBrowser(String token) throws Exception {
        FakeApi.Answer page = api.anonymous(fake.authorizeUrl() + "?oauth_token=" + token);
        assertEquals(200, page.status());
        assertTrue(page.body().contains(fake.username()));
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> pressed = browser.send(HttpRequest.newBuilder(URI.create(fake.authorizeUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("oauth_token=" + token + "&decision=authorize")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (pressed.statusCode() == 200) {
            String body = pressed.body();
            int at = body.indexOf("<code id=\"verifier\">") + "<code id=\"verifier\">".length();
            return body.substring(at, body.indexOf("</code>", at));
        }
        assertEquals(302, pressed.statusCode());
        String location = pressed.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("http://127.0.0.1:9/auth/callback?oauth_token=" + token));
        return form(location.substring(location.indexOf('?') + 1)).get("oauth_verifier");
    }

    private HttpResponse<String> post(String path, String authorization) {
        try {
            return api.http().send(api.request(path).header("Authorization", authorization)
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String plaintext(String consumerSecret, String tokenSecret, Map<String, String> extra) {
        Map<String, String> params = new HashMap<>(extra);
        params.put("oauth_consumer_key", fake.consumerKey());
        params.put("oauth_signature_method", "PLAINTEXT");
        params.put("oauth_timestamp", String.valueOf(clock.instant().getEpochSecond()));
        params.put("oauth_nonce", Long.toHexString(System.nanoTime()));
        params.put("oauth_version", "1.0");
        params.put("oauth_signature", consumerSecret + "&" + tokenSecret);
        return header(params);
    }

    private static String header(Map<String, String> params) {
        StringBuilder header = new StringBuilder("OAuth ");
        params.forEach((name, value) -> header.append(header.length() > 6 ? ", " : "").append(name).append("=\"")
                .append(OAuthSignature.percentEncode(value)).append('"'));
        return header.toString();
    }

    private static Map<String, String> form(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return form(response.body());
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    /** What Spindle's own DefaultApi10a subclass will look like, pointed at the fake. */
    static final class FakeApi10a extends DefaultApi10a {
        private final FakeDiscogs fake;

        FakeApi10a(FakeDiscogs fake) {
            this.fake = fake;
        }

        @Override
        public String getRequestTokenEndpoint() {
            return fake.baseUrl() + "/oauth/request_token";
        }

        @Override
        public String getAccessTokenEndpoint() {
            return fake.baseUrl() + "/oauth/access_token";
        }

        @Override
        protected String getAuthorizationBaseUrl() {
            return fake.authorizeUrl();
        }
    }
}
