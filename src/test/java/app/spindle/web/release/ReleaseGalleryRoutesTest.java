package app.spindle.web.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.SyncedRoutesTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The release page shows its cover at a proper size and every image as a gallery; the grid keeps its thumbnails. */
class ReleaseGalleryRoutesTest extends SyncedRoutesTest {
    private static long release;
    private static int images;

    @BeforeAll
    static void start() {
        startSynced(10, 2);
        release = account.jdbi().withHandle(h -> h.createQuery("""
                SELECT i.release_id FROM release_images i JOIN collection_items c ON c.release_id = i.release_id
                WHERE i.uri LIKE 'http://127.0.0.1:%' GROUP BY i.release_id HAVING count(*) >= 2 LIMIT 1""")
                .mapTo(Long.class).one());
        images = (int) account.count("SELECT count(*) FROM release_images WHERE release_id = " + release);
    }

    @Test
    void the_release_page_shows_the_large_cover_and_a_thumbnail_of_each_image_that_opens_it_large() {
        String body = browser.get("/releases/" + release).body();
        assertTrue(body.contains("<img src=\"/releases/" + release + "/images/0/large\""), "the cover at a proper size");
        for (int position = 0; position < images; position++) {
            assertTrue(body.contains("src=\"/releases/" + release + "/images/" + position + "/small\""), "thumbnail " + position);
            assertTrue(body.contains("href=\"/releases/" + release + "/images/" + position + "/large\" data-lightbox"),
                    "thumbnail " + position + " opens the large image");
        }
        assertTrue(body.contains("Image 2 of " + images));
    }

    @Test
    void opening_the_page_fetches_nothing_and_the_first_view_of_an_image_fetches_it_once() throws Exception {
        int before = account.fake.imageRequests().size();
        browser.get("/releases/" + release);
        assertEquals(before, account.fake.imageRequests().size(), "the page itself asks the image host nothing");

        HttpResponse<byte[]> first = image("/releases/" + release + "/images/1/large");
        assertEquals(200, first.statusCode());
        assertEquals("image/jpeg", first.headers().firstValue("Content-Type").orElse(""));
        assertEquals(before + 1, account.fake.imageRequests().size());
        assertEquals("R-" + release + "-2.jpeg", account.fake.imageRequests().get(before).name());
        assertTrue(Files.isRegularFile(account.dataDir.resolve("images/gallery/" + release + "-1-large.jpg")));

        HttpResponse<byte[]> second = image("/releases/" + release + "/images/1/large");
        assertEquals(200, second.statusCode());
        assertEquals(first.body().length, second.body().length);
        assertEquals(before + 1, account.fake.imageRequests().size(), "the second view asks nothing");
    }

    @Test
    void the_collection_grid_still_shows_the_cached_thumbnails() {
        String grid = browser.get("/collection").body();
        assertTrue(grid.contains("/images/" + release + ".jpg"), "the sync's thumbnail");
        assertFalse(grid.contains("/images/0/large"), "no large image on the grid");
    }

    @Test
    void an_image_discogs_does_not_list_is_a_quiet_404_and_a_made_up_size_a_400() throws Exception {
        HttpResponse<byte[]> missing = image("/releases/" + release + "/images/7/large");
        assertEquals(404, missing.statusCode());
        assertEquals("image/svg+xml", missing.headers().firstValue("Content-Type").orElse(""));
        assertEquals(400, image("/releases/" + release + "/images/1/huge").statusCode());
        assertEquals(400, image("/releases/" + release + "/images/-1/large").statusCode());
    }

    private static HttpResponse<byte[]> image(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + spindle.port() + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
