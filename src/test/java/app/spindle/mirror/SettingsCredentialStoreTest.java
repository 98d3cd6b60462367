package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.StoredCredentials;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsCredentialStoreTest {
    @TempDir
    Path dir;

    @Test
    void oauth_credentials_survive_a_restart_and_are_forgotten_on_clear() {
        StoredCredentials oauth = new StoredCredentials(new DiscogsCredentials.OAuth(
                new DiscogsCredentials.Consumer("key", "secret"), "token", "token-secret",
                DiscogsCredentials.SignatureMethod.PLAINTEXT), "demo_collector");
        new SettingsCredentialStore(Database.open(dir).jdbi()).save(oauth);
        SettingsCredentialStore reopened = new SettingsCredentialStore(Database.open(dir).jdbi());
        assertEquals(oauth, reopened.load().orElseThrow());
        reopened.clear();
        assertTrue(reopened.load().isEmpty());
    }

    @Test
    void a_personal_token_replaces_an_oauth_account_completely() {
        SettingsCredentialStore store = new SettingsCredentialStore(Database.open(dir).jdbi());
        store.save(new StoredCredentials(new DiscogsCredentials.OAuth(new DiscogsCredentials.Consumer("k", "s"),
                "t", "ts", DiscogsCredentials.SignatureMethod.HMAC_SHA1), "a"));
        StoredCredentials token = new StoredCredentials(new DiscogsCredentials.PersonalToken("abc"), "b");
        store.save(token);
        assertEquals(token, store.load().orElseThrow());
        long left = Database.open(dir).jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM settings WHERE key LIKE 'discogs.auth.%'").mapTo(Long.class).one());
        assertEquals(3, left);
    }

    @Test
    void an_application_saved_in_settings_survives_a_restart_and_a_disconnect_under_the_one_consumer_key() {
        SettingsCredentialStore store = new SettingsCredentialStore(Database.open(dir).jdbi());
        store.saveConsumer(new DiscogsCredentials.Consumer("app-key", "app-secret"));
        store.clear();
        SettingsCredentialStore reopened = new SettingsCredentialStore(Database.open(dir).jdbi());
        assertEquals(new DiscogsCredentials.Consumer("app-key", "app-secret"), reopened.loadConsumer().orElseThrow());
        assertEquals("app-key", Database.open(dir).jdbi().withExtension(SettingsRepository.class,
                s -> s.get(StoredCredentials.CONSUMER_KEY)).orElseThrow());
    }
}
