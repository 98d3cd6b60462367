package app.spindle.web.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.testing.TestBrowserlessSession;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsRoutesTest {
    static FakeDiscogs discogs;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFake() {
        discogs = FakeDiscogs.builder().collectionSize(3).wantlistSize(1).rateLimit(6000, Duration.ofSeconds(60)).start();
    }

    @AfterAll
    static void stopFake() {
        discogs.close();
    }

    private Spindle start() {
        return Spindle.start(ConfigParser.parse(new String[] {"--data", dir.toString(), "--port", "0",
                "--api-url", discogs.baseUrl(), "--sync-interval", "0"}, k -> null));
    }

    @Test
    void a_personal_token_is_validated_stored_and_survives_a_restart() {
        try (Spindle s = start()) {
            TestBrowserlessSession browser = new TestBrowserlessSession(s.port());
            HttpResponse<String> r = browser.postForm("/settings/token", Map.of("token", discogs.token()), true);
            assertEquals(302, r.statusCode());
            assertEquals("/settings?done=connected", r.headers().firstValue("Location").orElseThrow());
            String page = browser.get("/settings").body();
            assertTrue(page.contains("Connected as <strong class=\"username\">" + discogs.username()), page);
            assertFalse(page.contains(discogs.token()), "the token never appears in a page");
            assertFalse(browser.get("/api/status").body().contains(discogs.token()));
        }
        try (Spindle again = start()) {
            assertTrue(new TestBrowserlessSession(again.port()).get("/settings").body().contains(discogs.username()));
        }
    }

    @Test
    void a_token_discogs_refuses_is_a_clear_400_and_nothing_is_stored() {
        try (Spindle s = start()) {
            TestBrowserlessSession browser = new TestBrowserlessSession(s.port());
            HttpResponse<String> r = browser.postForm("/settings/token", Map.of("token", "notARealToken123"), true);
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("Discogs did not accept that token"));
            HttpResponse<String> junk = browser.postForm("/settings/token", Map.of("token", "<script>alert(1)</script>"), true);
            assertEquals(400, junk.statusCode());
            assertFalse(junk.body().contains("<script>alert(1)"));
            assertTrue(browser.get("/settings").body().contains("Connect with token"));
        }
    }

    @Test
    void disconnecting_forgets_the_tokens() throws Exception {
        try (Spindle s = start()) {
            TestBrowserlessSession browser = new TestBrowserlessSession(s.port());
            browser.postForm("/settings/token", Map.of("token", discogs.token()), true);
            assertEquals(302, browser.postForm("/settings/disconnect", Map.of(), true).statusCode());
            assertTrue(browser.get("/settings").body().contains("Connect with token"));
            Integer stored = s.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM settings WHERE key LIKE 'discogs.auth.%'").mapTo(Integer.class).one());
            assertEquals(0, stored);
            for (String file : new String[] {"spindle.db", "spindle.db-wal"}) {
                Path path = dir.resolve(file);
                if (Files.exists(path)) {
                    assertFalse(new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.ISO_8859_1)
                            .contains(discogs.token()), "the token lingers in " + file);
                }
            }
        }
    }

    @Test
    void the_sync_interval_reads_as_words() {
        assertEquals("every 6 hours", SettingsRoutes.describe(Duration.ofHours(6)));
        assertEquals("every day", SettingsRoutes.describe(Duration.ofDays(1)));
        assertEquals("every 30 minutes", SettingsRoutes.describe(Duration.ofMinutes(30)));
        assertEquals("never (sync only when asked)", SettingsRoutes.describe(Duration.ZERO));
    }
}
