package app.spindle.web.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import app.spindle.testing.TestBrowserlessSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paste or upload past the caps (10,000 tracks, 1,000 characters a field) is a 400 that says which cap
 * and what to do; nothing is stored, and the answer stays small.
 */
class ImportCapsRoutesTest {
    @TempDir
    static Path dir;
    static Spindle spindle;
    static TestBrowserlessSession http;

    @BeforeAll
    static void start() {
        spindle = Spindle.start(ConfigParser.parse(new String[] {"--data", dir.toString(), "--port", "0",
                "--sync-interval", "0"}, k -> null));
        http = new TestBrowserlessSession(spindle.port());
        http.get("/healthz");
    }

    @AfterAll
    static void stop() {
        spindle.close();
    }

    @Test
    void a_list_of_200000_lines_is_refused_with_the_cap_whether_uploaded_or_pasted() {
        assertRefused(upload("tracks.txt", lines(200_000)), "200,000 tracks", "at most 10,000");
        assertRefused(paste(lines(10_001)), "10,001 tracks", "at most 10,000");
    }

    @Test
    void a_track_name_of_19_megabytes_is_refused_with_the_cap_whether_uploaded_or_pasted() {
        assertRefused(upload("tracks.txt", "Artist - " + "x".repeat(19 * 1024 * 1024)), "title of 19,922,944 characters",
                "at most 1,000");
        assertRefused(paste("Artist - " + "x".repeat(1_001)), "title of 1,001 characters", "at most 1,000");
    }

    @Test
    void uploaded_csv_and_m3u_files_past_the_caps_are_refused() {
        StringBuilder csv = new StringBuilder("artist,title\n");
        for (int i = 0; i <= 10_000; i++) {
            csv.append("Artist ").append(i).append(",Title ").append(i).append('\n');
        }
        assertRefused(upload("set.csv", csv.toString()), "10,001 tracks", "at most 10,000");
        String m3u = "#EXTM3U\n#EXTINF:300," + "A".repeat(1_001) + " - Title\n/music/a.mp3\n";
        assertRefused(upload("set.m3u8", m3u), "artist of 1,001 characters", "at most 1,000");
    }

    @Test
    void a_paste_at_the_caps_is_accepted() {
        HttpResponse<String> r = paste("A".repeat(1_000) + " - " + "T".repeat(1_000));
        assertEquals(303, r.statusCode(), r.body());
    }

    private static void assertRefused(HttpResponse<String> r, String... says) {
        assertEquals(400, r.statusCode(), r.body().length() > 2000 ? r.body().substring(0, 2000) : r.body());
        for (String words : says) {
            assertTrue(r.body().contains(words), words + " in " + r.body());
        }
        assertTrue(r.body().length() < 100_000, "a small page: " + r.body().length());
        assertEquals(0, (int) spindle.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM match_batches WHERE name <> 'Pasted lines' OR track_count <> 1")
                .mapTo(Integer.class).one()), "nothing stored");
    }

    private static String lines(int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append("A").append(i).append(" - T").append(i).append('\n');
        }
        return lines.toString();
    }

    private static HttpResponse<String> paste(String lines) {
        return http.send(Multipart.post("http://127.0.0.1:" + spindle.port() + "/match/batches",
                Map.of("_csrf", http.cookie("spindle_csrf"), "mode", "mirror", "lines", lines), null, null));
    }

    private static HttpResponse<String> upload(String name, String content) {
        return http.send(Multipart.post("http://127.0.0.1:" + spindle.port() + "/match/batches",
                Map.of("_csrf", http.cookie("spindle_csrf"), "mode", "mirror"), name, content.getBytes(StandardCharsets.UTF_8)));
    }
}
