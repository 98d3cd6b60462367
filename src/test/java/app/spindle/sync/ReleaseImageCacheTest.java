package app.spindle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.FakeImageRequest;
import app.spindle.sync.ReleaseImageCache.Size;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseImageCacheTest {
    private static final Duration PAUSE = Duration.ofMillis(150);

    @TempDir
    Path dir;

    @Test
    void the_first_view_fetches_the_large_image_and_the_second_asks_the_image_host_nothing() throws IOException {
        try (FakeDiscogs fake = SyncFixture.fake(5, 0).includeRealReleases(false).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            assertTrue(f.runner.run("test").succeeded());
            long id = fake.account().collectionReleaseIds().iterator().next();
            ReleaseImageCache cache = cache(f, Integer.MAX_VALUE);

            Path large = cache.file(id, 0, Size.LARGE).orElseThrow();
            assertEquals(List.of("R-" + id + "-1.jpeg"), names(fake.imageRequests()), "the primary image's uri, not its uri150");
            BufferedImage image = ImageIO.read(large.toFile());
            assertEquals(600, image.getWidth(), "the large image, not the 150 px thumbnail stretched");
            assertEquals(dir.resolve("images/gallery/" + id + "-0-large.jpg"), large);

            assertEquals(large, cache.file(id, 0, Size.LARGE).orElseThrow());
            assertEquals(1, fake.imageRequests().size(), "a cached image is not asked for again");
        }
    }

    @Test
    void a_gallery_asked_for_all_at_once_reaches_the_image_host_one_image_at_a_time_within_the_cover_pace() throws Exception {
        try (FakeDiscogs fake = SyncFixture.fake(12, 0).includeRealReleases(false).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            assertTrue(f.runner.run("test").succeeded());
            long id = f.database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT release_id FROM release_images GROUP BY release_id HAVING count(*) = 3 LIMIT 1").mapTo(Long.class).one());
            ReleaseImageCache cache = cache(f, Integer.MAX_VALUE);
            ExecutorService browser = Executors.newFixedThreadPool(6);
            try {
                List<Future<Optional<Path>>> views = new ArrayList<>();
                for (int position = 0; position < 3; position++) {
                    for (Size size : Size.values()) {
                        int p = position;
                        views.add(browser.submit(() -> cache.file(id, p, size)));
                    }
                }
                for (Future<Optional<Path>> view : views) {
                    assertTrue(view.get().isPresent());
                }
            } finally {
                browser.shutdown();
            }

            List<FakeImageRequest> asked = fake.imageRequests();
            assertEquals(6, asked.size(), "each image at each size once: " + names(asked));
            for (int i = 1; i < asked.size(); i++) {
                Duration gap = Duration.between(asked.get(i - 1).at(), asked.get(i).at());
                assertTrue(gap.compareTo(PAUSE) >= 0, "downloads " + (i - 1) + " and " + i + " were " + gap.toMillis() + " ms apart");
            }
            for (int p = 0; p < 3; p++) {
                cache.file(id, p, Size.SMALL);
                cache.file(id, p, Size.LARGE);
            }
            assertEquals(6, fake.imageRequests().size(), "the second view asks nothing");
        }
    }

    @Test
    void past_the_days_budget_the_cover_falls_back_to_the_syncs_thumbnail_and_other_images_to_nothing() throws IOException {
        try (FakeDiscogs fake = SyncFixture.fake(12, 0).includeRealReleases(false).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            SyncRunner withCovers = new SyncRunner(f.api, f.client, f.mirror, new SyncPolicy(Duration.ofDays(30),
                    Duration.ofDays(1), 0.05, 50), Clock.systemUTC(), f.api::download, new CoverImages.Pace(100, Duration.ZERO));
            assertTrue(withCovers.run("test").succeeded());
            long id = f.database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT release_id FROM release_images GROUP BY release_id HAVING count(*) >= 2 LIMIT 1").mapTo(Long.class).one());
            ReleaseImageCache cache = cache(f, 1);
            int before = fake.imageRequests().size();

            assertTrue(cache.file(id, 1, Size.LARGE).isPresent(), "the day's one download");
            Path cover = cache.file(id, 0, Size.LARGE).orElseThrow();
            assertEquals(dir.resolve("images/" + id + ".jpg"), cover, "the thumbnail the sync cached");
            assertFalse(cache.file(id, 1, Size.SMALL).isPresent());
            assertEquals(before + 1, fake.imageRequests().size());
            assertTrue(Files.isRegularFile(dir.resolve("images/gallery/" + id + "-1-large.jpg")));
        }
    }

    private ReleaseImageCache cache(SyncFixture f, int perDay) {
        return new ReleaseImageCache(new PacedDownloads(f.api::download, PAUSE), f.mirror.covers(), dir, Clock.systemUTC(),
                perDay);
    }

    private static List<String> names(List<FakeImageRequest> requests) {
        return requests.stream().map(FakeImageRequest::name).toList();
    }
}
