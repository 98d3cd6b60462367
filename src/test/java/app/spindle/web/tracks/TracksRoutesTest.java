package app.spindle.web.tracks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.SharedAccount;
import app.spindle.testing.SyncedAccount;
import app.spindle.testing.TestHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedAccount.class)
class TracksRoutesTest {
    static SyncedAccount account;
    static TestHttp http;

    @BeforeAll
    static void connect(SharedAccount.Served served) {
        account = served.account();
        http = served.http();
    }

    @Test
    void a_track_title_finds_the_record_the_side_and_whether_it_is_owned() {
        HttpResponse<String> r = http.get("/tracks?q=gonna+instrumental");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Never Gonna Give You Up (Instrumental)"), r.body());
        assertTrue(r.body().contains("title=\"Side B\""), r.body());
        assertTrue(r.body().contains("Owned"), r.body());
        assertFalse(r.body().contains(">Never Gonna Give You Up</td>"), "the A side does not hold both words");
    }

    @Test
    void a_style_finds_the_tracks_of_its_records() {
        String style = account.jdbi().withHandle(h -> h.createQuery("""
                SELECT s.style FROM release_styles s WHERE s.style NOT LIKE '% %' AND EXISTS (SELECT 1 FROM tracks t
                    WHERE t.release_id = s.release_id AND t.title NOT LIKE '%' || s.style || '%')
                GROUP BY 1 ORDER BY count(*) DESC LIMIT 1""").mapTo(String.class).one());
        String title = account.jdbi().withHandle(h -> h.createQuery("""
                SELECT t.title FROM tracks t JOIN release_styles s ON s.release_id = t.release_id JOIN releases r ON r.id = t.release_id
                WHERE s.style = :style AND t.title NOT LIKE '%' || :style || '%' AND coalesce(t.type, 'track') = 'track'
                ORDER BY r.sort_artist, r.sort_title, t.release_id, t.seq LIMIT 1""")
                .bind("style", style).mapTo(String.class).one());
        String body = http.get("/tracks?q=" + java.net.URLEncoder.encode(style.toLowerCase(), java.nio.charset.StandardCharsets.UTF_8)).body();
        assertFalse(body.contains("No tracks found"), style);
        assertTrue(body.contains(title.replace("&", "&amp;").replace("'", "&#39;")), style + " lists " + title);
    }

    @Test
    void a_misspelt_artist_offers_the_spelling_that_finds_the_tracks() {
        String body = http.get("/tracks?q=asltey+gonna").body();
        assertTrue(body.contains("No tracks found"), body);
        assertTrue(body.contains("Did you mean <a href=\"/tracks?q=astley+gonna\">astley gonna</a>?"), body);
        assertTrue(http.get("/tracks?q=astley+gonna").body().contains("Never Gonna Give You Up (Instrumental)"));
    }

    @Test
    void without_a_search_the_latest_records_tracks_are_listed() {
        HttpResponse<String> r = http.get("/tracks");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("most recently added records"));
        assertTrue(r.body().contains("class=\"track-table\""));
    }

    @Test
    void typing_gets_just_the_results_and_nothing_found_says_what_to_try() {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/tracks?q=qqqzzz"))
                .header("HX-Request", "true").GET().build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().trim().startsWith("<section id=\"track-results\""), r.body());
        assertTrue(r.body().contains("No tracks found"));
        assertEquals("/tracks?q=qqqzzz", r.headers().firstValue("HX-Push-Url").orElseThrow());
    }

    @Test
    void bad_parameters_are_a_400() {
        assertEquals(400, http.get("/tracks?page=0").statusCode());
        assertEquals(400, http.get("/tracks?page=x").statusCode());
        assertEquals(400, http.get("/tracks?q=" + "a".repeat(201)).statusCode());
        assertEquals(200, http.get("/tracks?q=%22NEAR(%2A").statusCode());
    }
}
