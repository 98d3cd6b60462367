package app.spindle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.Config;
import app.spindle.testing.TestHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app-wide rule for htmx answers (layout/page.jte): errors as small alerts with true statuses, outcomes out of band. */
class ErrorAnswersTest {
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

    private static HttpResponse<String> htmx(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path)).header("HX-Request", "true");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.GET().build());
    }

    @Test
    void every_page_tells_htmx_to_swap_error_answers_and_has_one_live_region_and_a_skip_link() {
        String page = http.get("/settings").body();
        assertTrue(page.contains("{\"code\": \"[45]..\", \"swap\": true, \"error\": true}"), "4xx/5xx are swapped");
        assertTrue(page.contains("{\"code\": \"204\", \"swap\": false}"), "204 swaps nothing");
        assertEquals(1, page.split("id=\"" + LiveRegion.ID + "\"", -1).length - 1);
        assertTrue(page.contains("<a class=\"skip-link\" href=\"#main\">"));
        assertTrue(page.contains("<main id=\"main\""));
    }

    @Test
    void an_htmx_request_that_fails_gets_the_message_alone_with_its_true_status() {
        HttpResponse<String> r = htmx("/collection?rating=11");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().startsWith("<div class=\"flash flash-error\" role=\"alert\" tabindex=\"-1\">"), r.body());
        assertFalse(r.body().contains("<html"), "never a whole page swapped into a small target");
        assertEquals(404, htmx("/releases/999999999").statusCode());
        assertTrue(htmx("/releases/999999999").body().contains("role=\"alert\""));
    }

    @Test
    void a_back_button_restore_that_fails_gets_the_whole_error_page() {
        HttpResponse<String> r = htmx("/collection?rating=11", "HX-History-Restore-Request", "true");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("<html"));
    }

    @Test
    void an_htmx_fragment_tells_the_live_region_out_of_band_and_a_page_does_not() {
        HttpResponse<String> r = htmx(Paths.PARTIAL_STATUS);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().endsWith("<template><div id=\"" + LiveRegion.ID + "\" hx-swap-oob=\"innerHTML\">"
                + "Not connected to Discogs.</div></template>"), r.body());
        assertFalse(http.get(Paths.PARTIAL_STATUS).body().contains("hx-swap-oob"));
    }

    @Test
    void a_rough_progress_changes_four_times_in_a_run() {
        assertEquals("", LiveRegion.roughly(5, 0));
        assertEquals(", about 0 % done", LiveRegion.roughly(24, 100));
        assertEquals(", about 25 % done", LiveRegion.roughly(25, 100));
        assertEquals(", about 75 % done", LiveRegion.roughly(99, 100));
        assertEquals(", about 100 % done", LiveRegion.roughly(7, 7));
    }
}
