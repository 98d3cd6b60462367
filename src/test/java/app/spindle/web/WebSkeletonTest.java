package app.spindle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.Config;
import app.spindle.testing.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebSkeletonTest {
    @TempDir
    static Path dir;
    static Spindle spindle;
    static TestHttp http;

    @BeforeAll
    static void start() {
        spindle = Spindle.start(Config.defaults(dir).withPort(0));
        http = new TestHttp(spindle.port());
    }

    @AfterAll
    static void stop() {
        spindle.close();
    }

    @Test
    void healthz_says_ok() {
        HttpResponse<String> r = http.get("/healthz");
        assertEquals(200, r.statusCode());
        assertEquals("ok", r.body());
    }

    @Test
    void api_status_has_the_shape_of_the_design() throws Exception {
        HttpResponse<String> r = http.get("/api/status");
        assertEquals(200, r.statusCode());
        JsonNode json = new ObjectMapper().readTree(r.body());
        for (String field : List.of("version", "account", "sync", "counts", "api")) {
            assertTrue(json.has(field), field);
        }
        for (String field : List.of("username", "connected")) {
            assertTrue(json.get("account").has(field), field);
        }
        for (String field : List.of("state", "phase", "done", "total", "lastSuccessAt", "lastError")) {
            assertTrue(json.get("sync").has(field), field);
        }
        for (String field : List.of("collection", "wantlist", "releases", "tracks")) {
            assertTrue(json.get("counts").has(field), field);
        }
        for (String field : List.of("requests", "rateLimited", "limit", "remaining")) {
            assertTrue(json.get("api").has(field), field);
        }
        assertEquals("disconnected", json.at("/sync/state").asText());
    }

    @Test
    void every_navigation_page_renders_inside_the_layout() {
        for (Layout.NavItem item : Layout.NAV) {
            HttpResponse<String> r = http.get(item.path());
            assertEquals(200, r.statusCode(), item.path());
            assertTrue(r.body().contains("<nav class=\"site-nav\""), item.path());
            assertTrue(r.body().contains("aria-current=\"page\">" + item.label() + "</a>"), item.path());
        }
    }

    @Test
    void the_home_page_leads_to_the_collection() {
        HttpResponse<String> r = http.get("/");
        assertEquals(302, r.statusCode());
        assertEquals("/collection", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void an_unknown_page_gets_a_friendly_404_page() {
        HttpResponse<String> r = http.get("/no/such/page");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("There is no page at /no/such/page."), r.body());
        assertTrue(r.body().contains("Back to your collection"));
        assertFalse(r.body().contains("Exception"));
    }

    @Test
    void an_unknown_api_path_answers_json() {
        HttpResponse<String> r = http.get("/api/nothing");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().startsWith("{"), r.body());
    }

    @Test
    void htmx_and_the_stylesheet_are_served_by_the_app_itself() {
        HttpResponse<String> htmx = http.get(Layout.HTMX_SRC);
        assertEquals(200, htmx.statusCode());
        assertTrue(htmx.body().contains("htmx"));
        assertEquals(200, http.get("/static/app.css").statusCode());
        assertTrue(http.get("/collection").body().contains("src=\"" + Layout.HTMX_SRC + "\""));
    }

    @Test
    void static_files_carry_their_type_and_an_etag_a_browser_revalidates_with() throws Exception {
        HttpResponse<String> css = http.get("/static/app.css");
        assertEquals("text/css", css.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("image/svg+xml", http.get("/static/spindle.svg").headers().firstValue("Content-Type").orElse(""));
        assertTrue(http.get(Layout.HTMX_SRC).headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        String etag = css.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/static/app.css"))
                .header("If-None-Match", etag).build());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void no_file_outside_the_static_folder_is_served() {
        assertEquals(404, http.get("/static/missing.css").statusCode());
        // a file that exists, of a served type, one folder up
        assertEquals(404, http.get("/static/..%2FMETA-INF%2Fresources" + Layout.HTMX_SRC.replace("/", "%2F")).statusCode());
        assertEquals(404, http.get("/static/..%2Fdb%2Fmigration%2F001_settings.sql").statusCode());
        assertEquals(404, http.get("/webjars/htmx.org/0.0.0/dist/htmx.min.js").statusCode());
    }

    @Test
    void the_status_partial_is_a_bare_fragment() {
        HttpResponse<String> r = http.get(Paths.PARTIAL_STATUS);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().trim().startsWith("<div id=\"" + Paths.STATUS_PANEL_ID + "\""), r.body());
        assertFalse(r.body().contains("<html"));
    }
}
