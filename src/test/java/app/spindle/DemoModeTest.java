package app.spindle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.config.ConfigParser;
import app.spindle.testing.Eventually;
import app.spindle.testing.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoModeTest {
    @TempDir
    Path dir;

    private static JsonNode status(TestHttp http) {
        try {
            return new ObjectMapper().readTree(http.get("/api/status").body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void demo_mode_fills_its_own_data_folder_from_the_bundled_account_and_says_so() throws Exception {
        try (Spindle spindle = Spindle.start(ConfigParser.parse(new String[] {
                "--demo", "--demo-size", "40", "--data", dir.toString(), "--port", "0"}, k -> null))) {
            TestHttp http = new TestHttp(spindle.port());
            JsonNode s = Eventually.waitFor(() -> status(http), st -> !st.at("/sync/lastSuccessAt").isNull(),
                    Duration.ofSeconds(90));
            assertEquals("demo_collector", s.at("/account/username").asText());
            assertTrue(s.at("/account/connected").asBoolean());
            assertTrue(!s.at("/sync/lastSuccessAt").isNull(), "the first sync finished: " + s);
            assertEquals(52, s.at("/counts/collection").asLong(), "40 generated copies + the real releases");
            assertTrue(s.at("/counts/releases").asLong() >= 52);
            assertEquals(0, s.at("/api/rateLimited").asLong(), "no 429 at the announced rate");

            assertTrue(Files.exists(dir.resolve("demo").resolve("spindle.db")), "demo data lives in <data>/demo");
            assertTrue(!Files.exists(dir.resolve("spindle.db")), "never mixed with a real account");
            String page = http.get("/settings").body();
            assertTrue(page.contains("badge-demo"), "the header says demo");
            assertTrue(page.contains("Demo mode: this is a made-up Discogs account"), "and so does the banner");
            assertTrue(http.get("/releases/249504").body().contains("Never Gonna Give You Up"));
            try (var covers = Files.list(dir.resolve("demo").resolve("images"))) {
                assertTrue(covers.count() >= 40, "covers were cached locally");
            }
            String withCover = http.get("/releases/" + spindle.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT release_id FROM cover_images WHERE local_file IS NOT NULL LIMIT 1").mapTo(Long.class).one())).body();
            assertTrue(withCover.contains("<img src=\"/releases/") && withCover.contains("/images/0/large\""),
                    "the release page shows the cover at a proper size, cached on this first view");

            String found = http.get("/search?q=" + enc("David Bowie Space Oddity") + "&format=").body();
            assertTrue(found.contains("Space Oddity"), "the demo's Discogs knows the real releases of the dump sample");
            JsonNode matched = new ObjectMapper().readTree(http.get("/api/match?artist=" + enc("Fats Domino")
                    + "&title=" + enc("What A Party")).body());
            assertTrue(matched.at("/candidates").findValuesAsText("title").stream().anyMatch(t -> t.contains("What A Party")),
                    "and Match finds them: " + matched);
            String unknown = http.get("/search?q=" + enc("Miles Davis So What") + "&format=").body();
            assertTrue(unknown.contains("The demo does not know that name"), "an empty result says why");
            assertTrue(http.get("/match?artist=" + enc("Miles Davis") + "&title=" + enc("So What")).body()
                    .contains("The demo does not know that name"), "and so does Match");
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
