package app.spindle.web.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.RealReleases;
import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.testing.TestBrowserlessSession;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The artist, label and master pages with no Discogs account connected: they show what the mirror holds, say
 * plainly that Discogs is not connected, and never ask it, counted at a FakeDiscogs the app is pointed at.
 */
class EntityPagesWithoutAnAccountTest {
    @TempDir
    static Path dir;
    static FakeDiscogs fake;
    static Spindle spindle;
    static TestBrowserlessSession http;

    @BeforeAll
    static void start() {
        fake = FakeDiscogs.builder().start();
        spindle = Spindle.start(ConfigParser.parse(new String[] {"--data", dir.toString(), "--port", "0",
                "--api-url", fake.baseUrl(), "--sync-interval", "0"}, k -> null));
        RealReleases.writeAll(spindle.database());
        spindle.database().jdbi().useHandle(h -> h.execute(
                "INSERT INTO collection_items (instance_id, release_id, folder_id) VALUES (1, 249504, 1)"));
        http = new TestBrowserlessSession(spindle.port());
    }

    @AfterAll
    static void stop() {
        spindle.close();
        fake.close();
    }

    @AfterEach
    void nothingWasAskedOfDiscogs() {
        assertEquals(0, fake.requestCount(), "no request without an account");
    }

    private static long id(String sql) {
        return spindle.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void an_artist_of_a_mirrored_record_shows_their_records_and_says_discogs_is_not_connected() {
        long artist = id("SELECT artist_id FROM release_artists WHERE release_id = 249504 AND kind = 'main' AND position = 0");
        HttpResponse<String> page = http.get("/artists/" + artist);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Rick Astley"));
        assertTrue(page.body().contains("Never Gonna Give You Up"), "what you own by them, from the mirror");
        assertTrue(page.body().contains("Discogs is not connected"));
        assertTrue(page.body().contains("Connect Discogs"));
        assertFalse(page.body().contains("Asking Discogs"), "the discography is not asked for");
        assertFalse(page.body().contains("Refresh from Discogs"));
        HttpResponse<String> discography = http.get("/artists/" + artist + "/discography?sort=year&order=asc");
        assertEquals(200, discography.statusCode());
        assertTrue(discography.body().contains("Discogs is not connected, so their discography is not known here yet"));
    }

    @Test
    void a_label_and_a_master_of_a_mirrored_record_open_from_the_mirror_alone() {
        long label = id("SELECT label_id FROM release_labels WHERE release_id = 249504 AND kind = 'label' ORDER BY position LIMIT 1");
        HttpResponse<String> labelPage = http.get("/labels/" + label);
        assertEquals(200, labelPage.statusCode());
        assertTrue(labelPage.body().contains("RCA"));
        assertTrue(labelPage.body().contains("Discogs is not connected, so its catalogue is not known here yet"));
        assertEquals(200, http.get("/labels/" + label + "/catalogue?missing=0").statusCode());
        long master = id("SELECT master_id FROM releases WHERE id = 249504");
        HttpResponse<String> masterPage = http.get("/masters/" + master);
        assertEquals(200, masterPage.statusCode());
        assertTrue(masterPage.body().contains("Never Gonna Give You Up"));
        assertTrue(masterPage.body().contains("Discogs is not connected, so the list of its versions is not known here yet"));
    }

    @Test
    void an_entity_the_mirror_knows_nothing_of_is_a_404_that_says_why_and_how_to_connect() {
        for (String path : new String[] {"/artists/19999999", "/labels/9999999", "/masters/9999999"}) {
            HttpResponse<String> r = http.get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("Discogs is not connected, so it was not asked"), path);
            assertTrue(r.body().contains("href=\"/settings\""), path);
        }
    }

    @Test
    void a_refresh_without_an_account_is_refused_with_a_plain_message() {
        long artist = id("SELECT artist_id FROM release_artists WHERE release_id = 249504 AND kind = 'main' AND position = 0");
        HttpResponse<String> r = http.postForm("/artists/" + artist + "/refresh", Map.of(), true);
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("Discogs is not connected"), r.body());
        assertEquals(409, http.postForm("/releases/249504/refresh", Map.of(), true).statusCode());
    }
}
