package app.spindle.discogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    private final DiscogsCredentials.Consumer consumer = new DiscogsCredentials.Consumer("app-key", "app-secret");

    @Test
    void credentials_never_show_their_secrets() {
        assertFalse(new DiscogsCredentials.PersonalToken("s3cr3t-token").toString().contains("s3cr3t"));
        assertFalse(consumer.toString().contains("app-secret"));
        String oauth = new DiscogsCredentials.OAuth(consumer, "tok", "tok-secret",
                DiscogsCredentials.SignatureMethod.PLAINTEXT).toString();
        assertFalse(oauth.contains("tok-secret"));
        assertFalse(oauth.contains("app-secret"));
    }

    @Test
    void tokens_are_stripped_from_any_url_in_a_message() {
        assertEquals("GET /releases/1?token=…&page=2",
                DiscogsException.withoutSecrets("GET /releases/1?token=abcdef&page=2"));
        assertEquals("oauth_token=…, oauth_signature=…",
                DiscogsException.withoutSecrets("oauth_token=abc, oauth_signature=xyz%26"));
        assertFalse(new DiscogsException.BadResponse("GET /x?token=abc", null).getMessage().contains("abc"));
    }

    @Test
    void stored_credentials_round_trip_through_settings() {
        StoredCredentials token = new StoredCredentials(new DiscogsCredentials.PersonalToken("t1"), "dj");
        assertEquals(token, StoredCredentials.fromSettings(token.toSettings()));
        StoredCredentials oauth = new StoredCredentials(new DiscogsCredentials.OAuth(consumer, "t", "s",
                DiscogsCredentials.SignatureMethod.HMAC_SHA1), "dj");
        assertEquals(oauth, StoredCredentials.fromSettings(oauth.toSettings()));
        assertTrue(StoredCredentials.settingKeys().containsAll(oauth.toSettings().keySet()));
        assertNull(StoredCredentials.fromSettings(Map.of("discogs.auth.kind", "oauth")));
        assertNull(StoredCredentials.fromSettings(Map.of()));
    }

    @Test
    void empty_credentials_are_refused_at_once() {
        assertThrows(IllegalArgumentException.class, () -> new DiscogsCredentials.PersonalToken(" "));
        assertThrows(IllegalArgumentException.class, () -> new DiscogsCredentials.Consumer("k", null));
    }

    @Test
    void plaintext_oauth_signs_with_the_two_secrets_and_hmac_differs_per_request() {
        RequestSigner plaintext = new RequestSigner("http://127.0.0.1:1", new DiscogsCredentials.OAuth(consumer,
                "tok", "tok-secret", DiscogsCredentials.SignatureMethod.PLAINTEXT));
        String header = plaintext.authorization("GET", "http://127.0.0.1:1/oauth/identity");
        assertTrue(header.startsWith("OAuth "), header);
        assertTrue(header.contains("oauth_signature_method=\"PLAINTEXT\""), header);
        assertTrue(header.contains("oauth_signature=\"app-secret%26tok-secret\""), header);
        assertTrue(header.contains("oauth_token=\"tok\""), header);
        RequestSigner hmac = new RequestSigner("http://127.0.0.1:1", new DiscogsCredentials.OAuth(consumer,
                "tok", "tok-secret", DiscogsCredentials.SignatureMethod.HMAC_SHA1));
        assertTrue(hmac.authorization("GET", "http://127.0.0.1:1/x?a=b").contains("HMAC-SHA1"));
    }

    @Test
    void the_authorize_page_is_discogs_for_the_real_api_and_the_base_url_otherwise() {
        DiscogsOAuthService real = new DiscogsOAuthService(new DiscogsOAuthApi("https://api.discogs.com",
                DiscogsCredentials.SignatureMethod.PLAINTEXT), consumer, null);
        assertEquals("https://www.discogs.com/oauth/authorize?oauth_token=abc",
                real.getAuthorizationUrl(new com.github.scribejava.core.model.OAuth1RequestToken("abc", "s")));
        DiscogsOAuthService fake = new DiscogsOAuthService(new DiscogsOAuthApi("http://127.0.0.1:9/",
                DiscogsCredentials.SignatureMethod.PLAINTEXT), consumer, null);
        assertEquals("http://127.0.0.1:9/oauth/authorize?oauth_token=abc",
                fake.getAuthorizationUrl(new com.github.scribejava.core.model.OAuth1RequestToken("abc", "s")));
    }

    @Test
    void list_orders_accept_only_what_discogs_sorts_by() {
        assertEquals("desc", ListOrder.NEWEST_FIRST.sortOrder());
        assertThrows(IllegalArgumentException.class, () -> new ListOrder("price", true));
    }
}
