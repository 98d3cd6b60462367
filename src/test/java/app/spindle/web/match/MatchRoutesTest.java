package app.spindle.web.match;

import app.spindle.match.BatchState;
import app.spindle.match.ImportFormat;
import app.spindle.match.TrackState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.RealReleases;
import app.spindle.Spindle;
import app.spindle.testing.TestBrowserlessSession;
import app.spindle.web.actions.HxVals;
import app.spindle.config.ConfigParser;
import app.spindle.match.BatchRow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The match routes on a real Spindle (no Discogs account: the mirror holds the real releases). */
class MatchRoutesTest {
    @TempDir
    static Path dir;
    static Spindle spindle;
    static TestBrowserlessSession http;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        spindle = Spindle.start(ConfigParser.parse(new String[] {"--data", dir.toString(), "--port", "0",
                "--max-upload", "64KB", "--sync-interval", "0"}, k -> null));
        RealReleases.writeAll(spindle.database());
        spindle.database().jdbi().useHandle(h -> h.execute(
                "INSERT INTO collection_items (instance_id, release_id, folder_id) VALUES (1, 249504, 1)"));
        http = new TestBrowserlessSession(spindle.port());
    }

    @AfterAll
    static void stop() {
        spindle.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static String csrf() {
        if (http.cookie("spindle_csrf") == null) {
            http.get("/healthz");
        }
        return http.cookie("spindle_csrf");
    }

    private static HttpResponse<String> upload(String fileName, byte[] content) {
        return http.send(Multipart.post("http://127.0.0.1:" + spindle.port() + "/match/batches",
                Map.of("_csrf", csrf(), "mode", "mirror"), fileName, content));
    }

    private static int batchCount() {
        return spindle.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM match_batches")
                .mapTo(Integer.class).one());
    }

    @Test
    void api_match_answers_ranked_candidates_with_confidence_explanation_and_source() throws IOException {
        HttpResponse<String> r = http.get("/api/match?artist=Rick+Astley&title=Never+Gonna+Give+You+Up+(Remastered)");
        assertEquals(200, r.statusCode());
        JsonNode body = json(r);
        assertEquals("owned", body.path("state").asText());
        assertEquals(0, body.path("requests").asInt());
        JsonNode best = body.path("candidates").path(0);
        assertEquals(249504, best.path("releaseId").asLong());
        assertEquals("mirror", best.path("source").asText());
        assertTrue(best.path("confidence").asDouble() >= 0.9);
        assertEquals("A", best.path("track").path("position").asText());
        assertTrue(best.path("explanation").asText().contains("same title"), best.path("explanation").asText());
        assertTrue(best.path("parts").size() >= 2);
    }

    @Test
    void api_match_refuses_bad_parameters_with_a_json_400() throws IOException {
        for (String query : List.of("year=19x7&artist=A", "", "artist=" + "x".repeat(301), "catno=" + "1".repeat(61),
                "title=a&year=2999")) {
            HttpResponse<String> r = http.get("/api/match?" + query);
            assertEquals(400, r.statusCode(), query);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), query);
            assertTrue(!json(r).path("error").asText().isBlank(), query);
        }
    }

    @Test
    void the_match_page_says_a_bad_year_is_bad_and_finds_a_typed_track() {
        HttpResponse<String> bad = http.get("/match?title=x&year=1987a");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("The year must be four digits"));
        HttpResponse<String> ok = http.get("/match?artist=The+Fall&title=Industrial+Estate");
        assertEquals(200, ok.statusCode());
        assertTrue(ok.body().contains("Live At The Witch Trials"), "the release holding the track");
    }

    @Test
    void a_malformed_csv_is_refused_with_its_line_and_nothing_is_stored() throws IOException {
        int before = batchCount();
        byte[] csv;
        try (InputStream in = getClass().getResourceAsStream("/match/unclosed-quote.csv")) {
            csv = in.readAllBytes();
        }
        HttpResponse<String> r = upload("playlist.csv", csv);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Line "), "the message names the line");
        assertEquals(before, batchCount(), "nothing half-imported");
    }

    @Test
    void an_upload_over_the_limit_is_a_413_page_before_it_is_read() {
        int before = batchCount();
        // headers only: the answer must come before the 2 MB body is sent (a client still sending when the
        // server answers and closes may see a broken pipe instead of the answer, so none is sent here)
        String answer = answerToHeadersOnly("POST /match/batches HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: multipart/form-data; boundary=spindle\r\nContent-Length: " + 2 * 1024 * 1024 + "\r\n"
                + "Cookie: spindle_csrf=" + csrf() + "\r\nX-CSRF-Token: " + csrf() + "\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("larger than the limit of 64 KB"), answer);
        assertEquals(before, batchCount());
    }

    private static String answerToHeadersOnly(String head) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", spindle.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_csv_upload_becomes_a_batch_that_the_worker_matches() throws InterruptedException {
        String csv = "Artist,Title,Album\nRick Astley,Never Gonna Give You Up,\nThe Fall,Industrial Estate,\n";
        HttpResponse<String> r = upload("two.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, r.statusCode());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches(".*/match/batches/\\d+"), location);
        assertTrue(spindle.matching().worker().awaitIdle(30, TimeUnit.SECONDS));
        String page = http.get(location.replaceFirst("^https?://[^/]+", "")).body();
        assertTrue(page.contains("Owned"), "the filter and the badge");
        assertTrue(page.contains("Side A"), "where on the record");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        BatchRow batch = spindle.matching().batches().batch(id).orElseThrow();
        assertEquals(BatchState.DONE, batch.state());
        assertEquals(ImportFormat.CSV, batch.format());
    }

    @Test
    void accepting_a_candidate_links_the_track_and_the_release_page_shows_it() throws InterruptedException {
        HttpResponse<String> r = upload("accept.csv", "Artist,Title\nRick Astley,Never Gonna Give You Up (Instrumental)\n"
                .getBytes(StandardCharsets.UTF_8));
        String location = r.headers().firstValue("Location").orElseThrow();
        long batchId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertTrue(spindle.matching().worker().awaitIdle(30, TimeUnit.SECONDS));
        long trackId = spindle.matching().batches().tracks(batchId, null, 0, 1).get(0).id();

        HttpResponse<String> accepted = http.postForm("/match/tracks/" + trackId + "/accept", Map.of("release", "249504"), true);
        assertEquals(200, accepted.statusCode());
        assertTrue(accepted.body().contains("id=\"track-" + trackId + "\""), "the row, for htmx to swap");
        assertTrue(accepted.body().contains("Linked"));
        String release = http.get("/releases/249504").body();
        assertTrue(release.contains("Linked digital tracks"));
        assertTrue(release.contains("Never Gonna Give You Up (Instrumental)"));
        assertEquals(400, http.postForm("/match/tracks/" + trackId + "/accept", Map.of("release", "1018055"), true).statusCode(),
                "only a candidate of the track");
    }

    @Test
    void an_accepted_match_is_unlinked_and_accept_and_reject_are_undone() throws InterruptedException {
        HttpResponse<String> r = upload("unlink.csv", "Artist,Title\nRick Astley,Never Gonna Give You Up (Instrumental)\n"
                .getBytes(StandardCharsets.UTF_8));
        String location = r.headers().firstValue("Location").orElseThrow();
        long batchId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertTrue(spindle.matching().worker().awaitIdle(30, TimeUnit.SECONDS));
        long trackId = spindle.matching().batches().tracks(batchId, null, 0, 1).get(0).id();
        String track = "/match/tracks/" + trackId;

        HttpResponse<String> accepted = http.postForm(track + "/accept", Map.of("release", "249504"), true);
        assertTrue(accepted.body().contains(">Unlink</button>"), accepted.body());
        assertTrue(http.get("/releases/249504").body().contains("unlink.csv"), "the release page lists the link, by its batch");
        HttpResponse<String> undone = http.postForm(track + "/unlink", HxVals.of(accepted.body(), "Undo"), true);
        assertEquals(200, undone.statusCode(), undone.body());
        assertEquals(null, spindle.matching().batches().track(trackId).orElseThrow().acceptedReleaseId(), "undo of the accept");
        assertTrue(!http.get("/releases/249504").body().contains("unlink.csv"), "the release page no longer lists the link");

        http.postForm(track + "/accept", Map.of("release", "249504"), true);
        HttpResponse<String> unlinked = http.postForm(track + "/unlink", Map.of(), true);
        assertEquals(200, unlinked.statusCode(), unlinked.body());
        assertEquals(null, spindle.matching().batches().track(trackId).orElseThrow().acceptedReleaseId());
        assertEquals(400, http.postForm(track + "/unlink", Map.of(), true).statusCode(), "nothing left to unlink");
        HttpResponse<String> relinked = http.postForm(track + "/accept", HxVals.of(unlinked.body(), "Undo"), true);
        assertEquals(200, relinked.statusCode(), relinked.body());
        assertEquals(249504L, spindle.matching().batches().track(trackId).orElseThrow().acceptedReleaseId(), "undo of the unlink");

        HttpResponse<String> rejected = http.postForm(track + "/reject", Map.of("release", "249504"), true);
        assertTrue(spindle.matching().batches().track(trackId).orElseThrow().shown().stream().noneMatch(c -> c.releaseId() == 249504L));
        assertEquals(200, http.postForm(track + "/unreject", HxVals.of(rejected.body(), "Undo"), true).statusCode());
        assertTrue(spindle.matching().batches().track(trackId).orElseThrow().shown().stream().anyMatch(c -> c.releaseId() == 249504L),
                "undo of the reject offers the candidate again");
    }

    @Test
    void a_track_is_searched_again_with_edited_fields_and_a_candidate_rejected() throws InterruptedException {
        HttpResponse<String> r = upload("typo.csv", "Artist,Title\nRick Ashley,Nevr Gonna\n".getBytes(StandardCharsets.UTF_8));
        String location = r.headers().firstValue("Location").orElseThrow();
        long batchId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertTrue(spindle.matching().worker().awaitIdle(30, TimeUnit.SECONDS));
        long trackId = spindle.matching().batches().tracks(batchId, null, 0, 1).get(0).id();

        HttpResponse<String> again = http.postForm("/match/tracks/" + trackId + "/search",
                Map.of("artist", "Rick Astley", "title", "Never Gonna Give You Up", "year", "1987"), true);
        assertEquals(200, again.statusCode());
        var track = spindle.matching().batches().track(trackId).orElseThrow();
        assertEquals(TrackState.OWNED, track.state());
        assertEquals("Rick Astley", track.track().artist(), "the edited fields are kept");
        assertEquals(249504L, track.shown().get(0).releaseId());

        assertEquals(200, http.postForm("/match/tracks/" + trackId + "/reject", Map.of("release", "249504"), true).statusCode());
        assertTrue(spindle.matching().batches().track(trackId).orElseThrow().shown().stream()
                .noneMatch(c -> c.releaseId() == 249504L), "a rejected candidate is not shown again");
        assertEquals(400, http.postForm("/match/tracks/" + trackId + "/search", Map.of("year", "87"), true).statusCode());
    }

    @Test
    void a_batch_from_an_m3u_is_exported_as_playlists_that_keep_each_tracks_file() throws InterruptedException {
        String m3u = "#EXTM3U\n#EXTINF:213,Rick Astley - Never Gonna Give You Up\n/Users/dj/Music/Rick Astley - NGGYU.mp3\n"
                + "#EXTINF:200,Nobody Anyone - A Song That Is Nowhere\n/Users/dj/Music/nowhere.mp3\n";
        String location = upload("crate.m3u8", m3u.getBytes(StandardCharsets.UTF_8)).headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "");
        assertTrue(spindle.matching().worker().awaitIdle(30, TimeUnit.SECONDS));
        String page = http.get(location).body();
        assertTrue(page.contains("Results as playlists"), "the batch page links its playlists");
        assertTrue(page.contains("href=\"" + location + "/playlists/owned.m3u8\""), page);

        HttpResponse<String> owned = http.get(location + "/playlists/owned.m3u8");
        assertEquals(200, owned.statusCode());
        assertTrue(owned.headers().firstValue("Content-Type").orElseThrow().startsWith("audio/x-mpegurl"));
        assertEquals("#EXTM3U\n#PLAYLIST:crate.m3u8 – Owned on vinyl\n#EXTINF:-1,Rick Astley - Never Gonna Give You Up\n"
                + "#EXTALB:Never Gonna Give You Up\n/Users/dj/Music/Rick Astley - NGGYU.mp3\n", owned.body());
        HttpResponse<String> missing = http.get(location + "/playlists/not-found.csv");
        assertTrue(missing.body().contains("Nobody Anyone,A Song That Is Nowhere,,,,,,,,/Users/dj/Music/nowhere.mp3"), missing.body());
        HttpResponse<String> all = http.get(location + "/playlists/results.xml");
        assertTrue(all.body().contains("<NODE Name=\"crate.m3u8 – Not found\" Type=\"1\" KeyType=\"0\" Entries=\"1\">"), all.body());
        assertTrue(all.body().contains("Location=\"file://localhost/Users/dj/Music/Rick%20Astley%20-%20NGGYU.mp3\""), all.body());
        assertEquals(404, http.get(location + "/playlists/everything.m3u8").statusCode());
        assertEquals(404, http.get(location + "/playlists/owned.mp3").statusCode());
        assertEquals(404, http.get("/match/batches/999999/playlists/owned.m3u8").statusCode());
    }

    @Test
    void a_post_without_the_csrf_token_is_refused() {
        HttpResponse<String> r = http.postForm("/match/tracks/1/accept", Map.of("release", "249504"), false);
        assertEquals(403, r.statusCode());
    }

    @Test
    void unknown_batches_and_filters_are_explained() {
        assertEquals(404, http.get("/match/batches/999999").statusCode());
        assertEquals(400, http.get("/match/batches/abc").statusCode());
        HttpResponse<String> r = upload("one.csv", "Artist,Title\nRick Astley,Never Gonna Give You Up\n".getBytes(StandardCharsets.UTF_8));
        String location = r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertEquals(400, http.get(location + "?state=bogus").statusCode());
        assertEquals(400, http.get(location + "?page=0").statusCode());
        assertEquals(200, http.get(location + "?state=owned").statusCode());
    }
}
