package app.spindle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverImagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void covers_are_cached_once_and_served_from_the_data_folder() throws IOException {
        try (FakeDiscogs fake = SyncFixture.fake(20, 3).includeRealReleases(false).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            AtomicInteger downloads = new AtomicInteger();
            SyncRunner runner = runner(f, url -> {
                downloads.incrementAndGet();
                return download(url);
            });
            assertTrue(runner.run("test").succeeded());
            long referenced = f.referencedReleases().size();
            assertEquals(referenced, f.count("SELECT count(*) FROM cover_images WHERE local_file IS NOT NULL"));
            String file = f.database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT local_file FROM cover_images LIMIT 1").mapTo(String.class).one());
            assertTrue(file.matches("images/\\d+\\.jpg"), file);
            assertTrue(Files.size(dir.resolve(file)) > 100);
            assertTrue(runner.run("test").succeeded());
            assertEquals(referenced, downloads.get(), "a cached cover is not fetched again");
        }
    }

    @Test
    void a_cover_that_cannot_be_fetched_never_fails_the_run() {
        try (FakeDiscogs fake = SyncFixture.fake(10, 0).includeRealReleases(false).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            AtomicInteger calls = new AtomicInteger();
            SyncRunner runner = runner(f, url -> {
                if (calls.incrementAndGet() % 2 == 0) {
                    throw new IOException("image host said 403");
                }
                return download(url);
            });
            SyncResult result = runner.run("test");
            assertTrue(result.succeeded(), result.error());
            long referenced = f.referencedReleases().size();
            assertEquals((referenced + 1) / 2, f.count("SELECT count(*) FROM cover_images WHERE local_file IS NOT NULL"));
            assertEquals(referenced / 2, f.count("SELECT count(*) FROM cover_images WHERE failures = 1 AND last_error LIKE '%403%'"));
        }
    }

    @Test
    void covers_arrive_while_the_details_phase_is_still_running() {
        try (FakeDiscogs fake = SyncFixture.fake(30, 0).includeRealReleases(false).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            fake.setLatency(Duration.ofMillis(30));
            List<String> phaseAtEachDownload = new CopyOnWriteArrayList<>();
            AtomicReference<SyncRunner> runner = new AtomicReference<>();
            runner.set(runner(f, url -> {
                phaseAtEachDownload.add(runner.get().progress().current().phase());
                return download(url);
            }));

            SyncResult result = runner.get().run("test");

            assertTrue(result.succeeded(), result.error());
            assertEquals(f.referencedReleases().size(), phaseAtEachDownload.size());
            // the first cover may come before Details has named its phase; none waited for the "images" phase
            assertTrue(!"images".equals(phaseAtEachDownload.get(0)), phaseAtEachDownload.toString());
            assertTrue(phaseAtEachDownload.stream().filter(p -> !"images".equals(p)).count() > phaseAtEachDownload.size() / 2,
                    "most covers came while releases were still being fetched: " + phaseAtEachDownload);
        }
    }

    @Test
    void a_stop_during_details_also_stops_the_covers_and_keeps_what_was_fetched() {
        try (FakeDiscogs fake = SyncFixture.fake(30, 0).includeRealReleases(false).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            fake.setLatency(Duration.ofMillis(30));
            AtomicReference<SyncRunner> runner = new AtomicReference<>();
            AtomicInteger downloads = new AtomicInteger();
            runner.set(runner(f, url -> {
                if (downloads.incrementAndGet() == 3) {
                    runner.get().requestStop();
                }
                return download(url);
            }));

            SyncResult result = runner.get().run("test");

            assertEquals(SyncResult.Outcome.INTERRUPTED, result.outcome());
            assertEquals(3, downloads.get(), "no cover after the one under way when the stop came");
            assertEquals(downloads.get(), f.count("SELECT count(*) FROM cover_images WHERE local_file IS NOT NULL"));
            assertTrue(f.count("SELECT count(*) FROM releases WHERE details_fetched_at IS NULL") > 0);
        }
    }

    @Test
    void half_written_covers_of_a_killed_process_are_removed_by_the_next_run() throws Exception {
        try (FakeDiscogs fake = SyncFixture.fake(3, 0).includeRealReleases(false).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            Process gone = new ProcessBuilder("true").start();
            gone.waitFor();
            Path images = Files.createDirectories(dir.resolve("images"));
            Path abandoned = Files.writeString(images.resolve(".42-" + gone.pid() + "-123.part"), "half a cover");
            Path older = Files.writeString(images.resolve(".43987.part"), "from before pids were in the name");
            assertTrue(runner(f, CoverImagesTest::download).run("test").succeeded());
            assertTrue(Files.notExists(abandoned) && Files.notExists(older), "abandoned parts removed");
            try (var left = Files.list(images)) {
                assertTrue(left.noneMatch(p -> p.toString().endsWith(".part")));
            }
        }
    }

    private static SyncRunner runner(SyncFixture f, ImageFetcher fetcher) {
        return new SyncRunner(f.api, f.client, f.mirror, new SyncPolicy(Duration.ofDays(30), Duration.ofDays(1), 0.05, 50),
                Clock.systemUTC(), fetcher, new CoverImages.Pace(1000, Duration.ZERO));
    }

    private static byte[] download(String url) throws IOException {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("User-Agent", "SpindleTest/1.0").build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
