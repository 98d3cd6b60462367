package app.spindle.hardening;

import static app.spindle.hardening.PageSafety.assertNoHostileMarkup;
import static app.spindle.hardening.PageSafety.assertNoStackTrace;
import static app.spindle.hardening.PageSafety.assertSafePage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import app.spindle.testing.Eventually;
import app.spindle.testing.TestBrowserlessSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discogs data is edited by anyone: a release whose every field is markup, quotes, right-to-left text
 * or 10,000 characters is synced for real and shown on every page, escaped and whole. What a person
 * types (search fields, the login's next page, a form field, even the path) comes back escaped too.
 */
class HostileDataIsEscapedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static HostileDiscogs discogs;
    static Spindle spindle;
    static TestBrowserlessSession browser;

    @BeforeAll
    static void syncTheHostileAccount() throws Exception {
        discogs = new HostileDiscogs();
        spindle = Spindle.start(ConfigParser.parse(new String[] {"--data", dir.toString(), "--port", "0",
                "--token", HostileDiscogs.TOKEN, "--api-url", discogs.baseUrl()}, k -> null));
        browser = new TestBrowserlessSession(spindle.port());
        JsonNode sync = awaitSync(browser);
        assertEquals("idle", sync.get("state").asText(), sync.toString());
        assertFalse(sync.get("lastSuccessAt").isNull(), sync.toString());
    }

    @AfterAll
    static void stop() {
        spindle.close();
        discogs.close();
    }

    /** Pages of the mirror that show the hostile release, its copies, its want or its folder. */
    static List<String> pagesShowingTheMirror() {
        return List.of("/releases/" + Hostile.RELEASE, "/releases/" + Hostile.WANTED, "/releases/" + Hostile.ODD_DATE,
                "/collection", "/wantlist", "/tracks", "/stats", "/match", "/settings", "/partials/status");
    }

    @Test
    void every_page_of_the_mirror_shows_hostile_discogs_data_escaped() {
        for (String path : pagesShowingTheMirror()) {
            assertSafePage(path, browser.get(path));
        }
    }

    @Test
    void the_release_page_shows_each_hostile_field_as_text() {
        String body = browser.get("/releases/" + Hostile.RELEASE).body();
        assertTrue(body.contains("&lt;script&gt;window.xss=1&lt;/script&gt;"), "the title, escaped");
        assertTrue(body.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"), "the track title, escaped");
        assertTrue(body.contains("&lt;img src=x onerror="), "the identifier, escaped");
        assertTrue(body.contains(Hostile.ARTIST), "right-to-left text and emoji arrive whole");
        assertTrue(body.contains("Label \"double\" 'single' \"&gt;&lt;svg"), "the label's quotes are text, its markup escaped");
        assertFalse(body.contains(Hostile.URL), "a javascript: URL from Discogs is never a link");
        assertTrue(body.contains("href=\"https://www.discogs.com/release/" + Hostile.RELEASE + "\""), "the Discogs link is ours");
    }

    @Test
    void ten_thousand_characters_without_a_space_wrap_instead_of_widening_the_page() throws IOException {
        LineWrapping css = new LineWrapping(stylesheet());
        int checked = 0;
        for (String path : pagesShowingTheMirror()) {
            String body = browser.get(path).body();
            for (String run : Hostile.UNBREAKABLE) {
                for (int at = body.indexOf(run); at >= 0; at = body.indexOf(run, at + run.length())) {
                    if (LineWrapping.ancestors(body, at).contains("head")) {
                        continue; // the window title
                    }
                    assertTrue(css.wraps(body, at), path + ": a long run of text in " + LineWrapping.ancestors(body, at)
                            + " that no overflow-wrap rule of app.css reaches");
                    checked++;
                }
            }
        }
        assertTrue(checked >= 3, "the long texts are shown: " + checked);
    }

    @Test
    void exports_keep_hostile_text_inside_its_cells_and_never_hand_a_spreadsheet_a_formula() {
        Map<String, Integer> items = Map.of("/export/collection.csv", 2, "/export/wantlist.csv", 1);
        for (Map.Entry<String, Integer> export : items.entrySet()) {
            HttpResponse<String> r = browser.get(export.getKey());
            assertEquals(200, r.statusCode(), export.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), "never rendered as a page");
            assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
            List<List<String>> rows = CsvRows.parse(r.body().startsWith("\uFEFF") ? r.body().substring(1) : r.body());
            assertEquals(export.getValue() + 1, rows.size(), export.getKey() + ": one row per item, whatever the cells hold");
            for (List<String> row : rows) {
                assertEquals(rows.get(0).size(), row.size(), export.getKey() + ": every row has every column: " + row);
                for (String cell : row) {
                    assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, export.getKey() + ": a formula cell: " + cell);
                }
            }
        }
        String collection = browser.get("/export/collection.csv").body();
        assertTrue(CsvRows.parse(collection).stream().anyMatch(row -> row.contains("'" + Hostile.FORMULA)),
                "the formula is kept as text");
        assertTrue(CsvRows.parse(browser.get("/export/wantlist.csv").body()).stream()
                .anyMatch(row -> row.contains(Hostile.WANT_NOTES)), "notes with quotes, commas and a line break arrive whole");
    }

    @Test
    void the_json_twin_carries_hostile_data_as_json_never_as_html() throws IOException {
        HttpResponse<String> r = browser.get("/api/releases/" + Hostile.RELEASE);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(Hostile.TITLE, JSON.readTree(r.body()).get("title").asText());
    }

    @Test
    void search_results_master_pressings_and_a_discogs_error_are_escaped() {
        assertSafePage("search", browser.get("/search?q=anything"));
        assertSafePage("master", browser.get("/masters/" + Hostile.MASTER));
        HttpResponse<String> prices = browser.get("/releases/" + Hostile.RELEASE + "/marketplace");
        assertTrue(prices.statusCode() < 500, "marketplace: " + prices.statusCode());
        assertNoHostileMarkup("marketplace", prices.body());
        assertNoStackTrace("marketplace", prices.body());
    }

    @Test
    void what_a_person_types_into_the_search_form_comes_back_escaped() {
        String q = enc("\"><script>window.xss=13</script>");
        HttpResponse<String> r = browser.get("/search?q=" + q + "&label=" + enc(Hostile.LABEL) + "&catno=" + enc(Hostile.CATNO)
                + "&country=" + enc(Hostile.COUNTRY) + "&format=" + enc(Hostile.FORMAT));
        assertSafePage("search form", r);
        assertTrue(r.body().contains("value=\"&#34;>&lt;script>window.xss=13&lt;/script>\""),
                "the query is echoed whole inside its attribute");
    }

    @Test
    void what_a_person_pastes_or_uploads_into_the_match_form_comes_back_escaped() {
        HttpResponse<String> pasted = browser.postForm("/match/batches", Map.of("mode", "mirror",
                "lines", Hostile.TITLE + " - " + Hostile.TRACK + "\n" + Hostile.LABEL + " - " + Hostile.IDENTIFIER), true);
        assertEquals(303, pasted.statusCode(), pasted.body());
        assertSafePage("pasted batch", browser.get(pasted.headers().firstValue("Location").orElseThrow()));
        assertSafePage("match look-up", browser.get("/match?artist=" + enc(Hostile.TITLE) + "&title=" + enc(Hostile.LABEL)
                + "&album=" + enc(Hostile.TRACK) + "&catno=" + enc(Hostile.CATNO)));

        String boundary = "hostile" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nmirror\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + Hostile.FOLDER.replace("\"", "'")
                + ".m3u\"\r\nContent-Type: audio/x-mpegurl\r\n\r\n#EXTM3U\n#EXTINF:212," + Hostile.TITLE + " - " + Hostile.TRACK
                + "\nmusic/track.mp3\n\r\n--" + boundary + "--\r\n";
        HttpResponse<String> uploaded = browser.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + spindle.port() + "/match/batches"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-Token", browser.cookie("spindle_csrf"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(303, uploaded.statusCode(), uploaded.body());
        assertSafePage("uploaded batch", browser.get(uploaded.headers().firstValue("Location").orElseThrow()));
        assertSafePage("match page with batches", browser.get("/match"));
    }

    @Test
    void a_hostile_path_or_id_is_echoed_escaped_in_the_error_page() {
        for (String path : List.of("/" + enc("<script>window.xss=14</script>"), "/releases/" + enc(Hostile.IDENTIFIER),
                "/masters/" + enc(Hostile.TITLE))) {
            for (boolean htmx : List.of(false, true)) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + spindle.port() + path));
                if (htmx) {
                    request.header("HX-Request", "true");
                }
                HttpResponse<String> r = browser.send(request.build());
                assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " → " + r.statusCode());
                assertNoHostileMarkup(path, r.body());
                assertNoStackTrace(path, r.body());
            }
        }
        HttpResponse<String> api = browser.get("/api/releases/" + enc(Hostile.TITLE));
        assertEquals(400, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "an API error is JSON, so a browser never renders it as a page");
    }

    @Test
    void a_form_field_echoed_by_an_action_comes_back_escaped() {
        HttpResponse<String> r = browser.postForm("/actions/want/" + Hostile.RELEASE,
                Map.of("title", Hostile.TITLE + Hostile.LABEL, "owned", "true"), true);
        assertTrue(r.statusCode() < 500 || r.statusCode() == 502, "answered: " + r.statusCode());
        assertNoHostileMarkup("want action", r.body());
        assertNoStackTrace("want action", r.body());
    }

    @Test
    void the_login_page_echoes_a_hostile_next_escaped() throws Exception {
        try (Spindle guarded = Spindle.start(ConfigParser.parse(new String[] {"--data", dir.resolve("guarded").toString(),
                "--port", "0", "--password", "secret"}, k -> null))) {
            TestBrowserlessSession visitor = new TestBrowserlessSession(guarded.port());
            HttpResponse<String> login = visitor.get("/login?next=" + enc("/collection\"><script>window.xss=16</script>"));
            assertSafePage("login", login);
            HttpResponse<String> refused = visitor.postForm("/login",
                    Map.of("password", "wrong", "next", "/x\" onmouseover=\"window.xss=17"), true);
            assertEquals(401, refused.statusCode());
            assertNoHostileMarkup("failed login", refused.body());
        }
    }

    @Test
    void a_forged_csrf_cookie_never_reaches_the_page_as_markup_or_broken_json() throws Exception {
        String forged = "<script>window.xss=15</script>\"},\"x\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + spindle.port() + "/collection"))
                .header("Cookie", "spindle_csrf=" + forged).build());
        assertSafePage("forged cookie", r);
        Matcher headers = Pattern.compile("hx-headers=\"([^\"]*)\"").matcher(r.body());
        assertTrue(headers.find());
        String json = headers.group(1).replace("&#34;", "\"").replace("&quot;", "\"");
        JsonNode parsed = JSON.readTree(json);
        assertEquals(1, parsed.size(), "one header, the CSRF token: " + json);
    }

    private static JsonNode awaitSync(TestBrowserlessSession browser) throws Exception {
        JsonNode sync = Eventually.waitFor(() -> syncStatus(browser), HostileDataIsEscapedTest::ended, Duration.ofSeconds(30));
        assertTrue(ended(sync), "the first sync did not finish: " + sync);
        return sync;
    }

    private static boolean ended(JsonNode sync) {
        return !sync.get("state").asText().equals("running")
                && (!sync.get("lastSuccessAt").isNull() || !sync.get("lastError").isNull());
    }

    private static JsonNode syncStatus(TestBrowserlessSession browser) {
        try {
            return JSON.readTree(browser.get("/api/status").body()).get("sync");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = HostileDataIsEscapedTest.class.getResourceAsStream("/static/app.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
