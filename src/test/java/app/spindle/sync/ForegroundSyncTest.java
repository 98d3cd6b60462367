package app.spindle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.config.Config;
import app.spindle.config.ConfigParser;
import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.mirror.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForegroundSyncTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void spindle_sync_mirrors_the_account_and_exits_zero() {
        try (FakeDiscogs fake = SyncFixture.fake(12, 4).includeRealReleases(false).start()) {
            int code = run(config("--token", fake.token(), "--api-url", fake.baseUrl()));
            String out = errBytes.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, out);
            assertTrue(out.contains("sync: details"), out);
            assertTrue(out.contains("spindle: sync done: 16 added"), out);
            Database database = Database.open(dir);
            long items = database.jdbi().withHandle(h ->
                    h.createQuery("SELECT count(*) FROM collection_items").mapTo(Long.class).one());
            assertEquals(12, items);
            long covers = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM cover_images WHERE local_file IS NOT NULL").mapTo(Long.class).one());
            long releases = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM releases WHERE details_fetched_at IS NOT NULL").mapTo(Long.class).one());
            assertTrue(releases > 0);
            assertEquals(releases, covers, "spindle sync caches every cover, as the server's sync does");
        }
    }

    @Test
    void covers_are_fetched_gently_from_discogs_and_briskly_from_any_other_api() {
        assertEquals(CoverImages.Pace.GENTLE, CoverImages.Pace.of(ApiSettings.defaults(Config.DEFAULT_API_URL)));
        assertEquals(CoverImages.Pace.LOCAL, CoverImages.Pace.of(ApiSettings.defaults("http://127.0.0.1:8089")));
    }

    @Test
    void a_token_discogs_refuses_ends_with_a_clear_message_and_no_secret() {
        try (FakeDiscogs fake = SyncFixture.fake(5, 1).includeRealReleases(false).start()) {
            int code = run(config("--token", "wrong-token-123", "--api-url", fake.baseUrl()));
            String out = errBytes.toString(StandardCharsets.UTF_8);
            assertEquals(3, code, out);
            assertTrue(out.contains("reconnect the account"), out);
            assertFalse(out.contains("wrong-token-123"), out);
        }
    }

    @Test
    void a_second_spindle_sync_with_nothing_changed_asks_discogs_three_times_and_not_who_we_are() {
        try (FakeDiscogs fake = SyncFixture.fake(12, 4).includeRealReleases(false).start()) {
            Config config = config("--token", fake.token(), "--api-url", fake.baseUrl());
            assertEquals(0, run(config), errBytes.toString(StandardCharsets.UTF_8));
            assertEquals(1, requestsTo(fake, "/oauth/identity"), "the first run asks who the token belongs to");
            fake.resetRequestLog();

            assertEquals(0, run(config), errBytes.toString(StandardCharsets.UTF_8));

            assertEquals(0, requestsTo(fake, "/oauth/identity"));
            assertEquals(3, fake.requestCount(), fake.requests().toString());
            assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("0 added, 0 removed, 0 releases fetched, 3 requests"));
        }
    }

    @Test
    void another_token_is_asked_about_again() {
        try (FakeDiscogs fake = SyncFixture.fake(5, 1).includeRealReleases(false).start()) {
            assertEquals(0, run(config("--token", fake.token(), "--api-url", fake.baseUrl())));
            fake.resetRequestLog();

            assertEquals(3, run(config("--token", "another-token-456", "--api-url", fake.baseUrl())));

            assertEquals(1, requestsTo(fake, "/oauth/identity"), fake.requests().toString());
        }
    }

    @Test
    void a_token_revoked_after_the_identity_was_remembered_still_ends_with_reconnect() {
        try (FakeDiscogs fake = SyncFixture.fake(5, 1).includeRealReleases(false).start()) {
            Config config = config("--token", fake.token(), "--api-url", fake.baseUrl());
            assertEquals(0, run(config));
            fake.revokeAccess();

            int code = run(config);

            String out = errBytes.toString(StandardCharsets.UTF_8);
            assertEquals(3, code, out);
            assertTrue(out.contains("reconnect the account"), out);
        }
    }

    @Test
    void the_database_keeps_a_fingerprint_of_the_token_never_the_token() {
        try (FakeDiscogs fake = SyncFixture.fake(5, 1).includeRealReleases(false).start()) {
            assertEquals(0, run(config("--token", fake.token(), "--api-url", fake.baseUrl())));
            String settings = Database.open(dir).jdbi().withHandle(h ->
                    h.createQuery("SELECT group_concat(key || '=' || value, ' ') FROM settings").mapTo(String.class).one());
            assertTrue(settings.contains("discogs.identity.username=" + fake.username()), settings);
            assertFalse(settings.contains(fake.token()), settings);
        }
    }

    @Test
    void without_an_account_it_says_how_to_connect_one() {
        int code = run(config());
        assertEquals(3, code);
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("DISCOGS_TOKEN"));
    }

    /** As {@code spindle sync} builds it: the server's own Discogs wiring over the data folder's database. */
    private int run(Config config) {
        Database database = Database.open(dir);
        DiscogsAccess access = DiscogsAccess.connect(config, database.jdbi());
        return ForegroundSync.run(config, database, access.api(), access.auth(), access.client(), err);
    }

    private static long requestsTo(FakeDiscogs fake, String path) {
        return fake.requests().stream().filter(r -> r.path().equals(path)).count();
    }

    private Config config(String... flags) {
        String[] args = new String[flags.length + 3];
        args[0] = "sync";
        args[1] = "--data";
        args[2] = dir.toString();
        System.arraycopy(flags, 0, args, 3, flags.length);
        return ConfigParser.parse(args, name -> null);
    }
}
