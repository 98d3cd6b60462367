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
