package app.spindle.web.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.RealReleases;
import app.spindle.Spindle;
import app.spindle.config.Config;
import app.spindle.testing.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseRoutesTest {
    @TempDir
    static Path dir;
    static Spindle spindle;
    static TestHttp http;

    @BeforeAll
    static void start() {
        spindle = Spindle.start(Config.defaults(dir).withPort(0));
        RealReleases.writeAll(spindle.database());
        http = new TestHttp(spindle.port());
    }

    @AfterAll
    static void stop() {
        spindle.close();
    }

    private static int count(String haystack, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void a_seven_inch_shows_its_six_matrix_runout_etchings_grouped() {
        HttpResponse<String> r = http.get("/releases/249504");
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("Rick Astley"));
        assertTrue(body.contains("Never Gonna Give You Up"));
        int start = body.indexOf("<h3 class=\"identifier-type\">Matrix / Runout</h3>");
        assertTrue(start > 0, "a Matrix / Runout group");
        int end = body.indexOf("</ul>", start);
        assertEquals(6, count(body.substring(start, end), "<li>"));
        assertTrue(body.contains("Side A"));
        assertTrue(body.contains("Side B"));
        assertTrue(body.contains("PB 41447"));
    }

    @Test
    void index_tracks_show_their_sub_tracks_indented() {
        String body = http.get("/releases/1161277").body();
        assertTrue(body.contains("class=\"track-index\""), "an index track");
        assertTrue(count(body, "class=\"track-subtrack\"") >= 2, "its sub-tracks");
        assertFalse(body.contains("All pressings of this release"), "1161277 has no master");
    }

    @Test
    void a_box_set_lists_each_of_its_formats_in_words() {
        String body = http.get("/releases/2370027").body();
        // the box itself, then three kinds of record: nine identical LPs merged into one line
        assertEquals(4, count(body, "class=\"format-line\""));
        assertTrue(body.contains("<span class=\"format-line\">Box Set, Compilation</span>"));
        assertTrue(body.contains("<span class=\"format-line\">9 × Vinyl, LP, Album, Reissue</span>"), body.substring(body.indexOf("format-line"), body.indexOf("format-line") + 300));
        assertTrue(body.contains("<span class=\"format-line\">Vinyl, 12&#34;, Compilation</span>")
                || body.contains("<span class=\"format-line\">Vinyl, 12\", Compilation</span>"), body.substring(body.indexOf("format-line"), body.indexOf("format-line") + 500));
    }

    @Test
    void headings_in_a_cd_tracklist_are_shown_as_headings() {
        String body = http.get("/releases/603365").body();
        assertTrue(body.contains("class=\"track-heading\""));
    }

    @Test
    void an_unknown_release_is_a_friendly_404_and_a_bad_id_a_400() {
        HttpResponse<String> missing = http.get("/releases/99999999");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("is not in your mirror"));
        assertTrue(missing.body().contains("Connect Discogs"), "without an account: the way to open any release");
        HttpResponse<String> bad = http.get("/releases/abc");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("is not a Discogs id"));
        assertEquals(400, http.get("/releases/-5").statusCode());
        assertEquals(400, http.get("/api/releases/1e9999").statusCode());
    }

    @Test
    void the_json_twin_carries_labels_formats_tracklist_and_identifiers() throws Exception {
        HttpResponse<String> r = http.get("/api/releases/249504");
        assertEquals(200, r.statusCode());
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertEquals("Never Gonna Give You Up", json.get("title").asText());
        assertEquals("PB 41447", json.at("/labels/0/catno").asText());
        assertEquals("Vinyl", json.at("/formats/0/name").asText());
        assertEquals("7\"", json.at("/formats/0/size").asText());
        assertEquals("UK", json.get("country").asText());
        assertEquals(2, json.get("tracklist").size());
        assertTrue(json.get("identifiers").size() >= 6);
        assertTrue(json.has("copies"));
        assertEquals(404, http.get("/api/releases/12345678").statusCode());
        assertTrue(http.get("/api/releases/12345678").body().contains("\"error\""));
    }
}
