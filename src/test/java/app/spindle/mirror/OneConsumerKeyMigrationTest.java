package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.StoredCredentials;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration 006 keeps the OAuth application's consumer under one pair of settings keys. */
class OneConsumerKeyMigrationTest {
    @TempDir
    Path dir;

    @Test
    void a_connected_oauth_account_from_schema_5_still_loads_with_its_consumer() {
        Database old = Database.open(dir, upTo(5));
        put(old, Map.of("discogs.auth.kind", "oauth", "discogs.auth.token", "tok", "discogs.auth.token_secret", "tsec",
                "discogs.auth.consumer_key", "ckey", "discogs.auth.consumer_secret", "csec",
                "discogs.auth.signature", "PLAINTEXT", "discogs.auth.username", "digger"));

        Database upgraded = Database.open(dir);

        StoredCredentials loaded = new SettingsCredentialStore(upgraded.jdbi()).load().orElseThrow();
        assertEquals(new StoredCredentials(new DiscogsCredentials.OAuth(new DiscogsCredentials.Consumer("ckey", "csec"),
                "tok", "tsec", DiscogsCredentials.SignatureMethod.PLAINTEXT), "digger"), loaded);
        assertEquals(Map.of(StoredCredentials.CONSUMER_KEY, "ckey", StoredCredentials.CONSUMER_SECRET, "csec"), consumerRows(upgraded));
    }

    @Test
    void the_accounts_consumer_wins_over_an_application_saved_later_and_nothing_else_is_touched() {
        Database old = Database.open(dir, upTo(5));
        put(old, Map.of("discogs.app.consumer_key", "other", "discogs.app.consumer_secret", "other-secret",
                "discogs.auth.consumer_key", "ckey", "discogs.auth.consumer_secret", "csec", "sync.interval", "2h"));

        Database upgraded = Database.open(dir);

        assertEquals(Map.of(StoredCredentials.CONSUMER_KEY, "ckey", StoredCredentials.CONSUMER_SECRET, "csec"), consumerRows(upgraded));
        assertEquals("2h", upgraded.jdbi().withExtension(SettingsRepository.class, s -> s.get("sync.interval")).orElseThrow());
    }

    @Test
    void an_application_saved_without_an_account_stays_and_a_disconnect_keeps_it() {
        Database old = Database.open(dir, upTo(5));
        put(old, Map.of("discogs.app.consumer_key", "ckey", "discogs.app.consumer_secret", "csec"));

        Database upgraded = Database.open(dir);
        SettingsCredentialStore store = new SettingsCredentialStore(upgraded.jdbi());
        store.save(new StoredCredentials(new DiscogsCredentials.OAuth(new DiscogsCredentials.Consumer("ckey", "csec"),
                "tok", "tsec", DiscogsCredentials.SignatureMethod.PLAINTEXT), "digger"));
        store.clear();

        assertTrue(store.load().isEmpty());
        assertEquals(Map.of(StoredCredentials.CONSUMER_KEY, "ckey", StoredCredentials.CONSUMER_SECRET, "csec"), consumerRows(upgraded));
    }

    private static List<Migration> upTo(int version) {
        return Migrations.all().stream().filter(m -> m.version() <= version).toList();
    }

    private static void put(Database db, Map<String, String> values) {
        db.jdbi().useExtension(SettingsRepository.class, s -> values.forEach(s::put));
    }

    /** Every stored copy of a consumer, under whatever key. */
    private static Map<String, String> consumerRows(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT key, value FROM settings WHERE key LIKE '%consumer%'")
                .setMapKeyColumn("key").setMapValueColumn("value").collectInto(new org.jdbi.v3.core.generic.GenericType<Map<String, String>>() { }));
    }
}
