package app.spindle.discogs.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FakeDiscogsScaleTest {

    @Test
    void a_100000_item_account_builds_fast_and_serves_its_last_pages_quickly() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long started = System.nanoTime();
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(99).collectionSize(100_000).wantlistSize(2_000).folders(8)
                .rateLimit(100_000, Duration.ofSeconds(60)).start()) {
            Duration build = Duration.ofNanos(System.nanoTime() - started);
            System.gc();
            long heapAfter = runtime.totalMemory() - runtime.freeMemory();
            FakeApi api = new FakeApi(fake);
            String releases = "/users/" + fake.username() + "/collection/folders/0/releases?per_page=100";

            long pageStarted = System.nanoTime();
            JsonNode page = api.get(releases + "&page=1000").json();
            Duration page1000 = Duration.ofNanos(System.nanoTime() - pageStarted);
            assertEquals(1001, page.get("pagination").get("pages").asInt(), "100,000 generated + 12 real instances");
            assertEquals(100, page.get("releases").size());

            long firstSearchStarted = System.nanoTime();
            api.get("/database/search?q=harbour&type=release");
            Duration firstSearch = Duration.ofNanos(System.nanoTime() - firstSearchStarted);
            long searchStarted = System.nanoTime();
            JsonNode search = api.get("/database/search?q=velvet&type=release&per_page=100").json();
            Duration search100k = Duration.ofNanos(System.nanoTime() - searchStarted);
            assertTrue(search.get("pagination").get("items").asInt() > 0);
            long sortStarted = System.nanoTime();
            api.get(releases + "&sort=artist&page=500");
            Duration firstArtistSort = Duration.ofNanos(System.nanoTime() - sortStarted);

            System.out.printf("100k account: build %d ms, heap +%d MB, page 1000 %d ms, first search (waits for the index) %d ms,"
                    + " search %d ms, first artist sort %d ms%n", build.toMillis(), (heapAfter - heapBefore) >> 20,
                    page1000.toMillis(), firstSearch.toMillis(), search100k.toMillis(), firstArtistSort.toMillis());
            // Generous bounds: the box has 2 shared cores; typical numbers are printed above.
            assertTrue(build.compareTo(Duration.ofSeconds(20)) < 0, "built in " + build.toMillis() + " ms");
            assertTrue(page1000.compareTo(Duration.ofSeconds(3)) < 0, "page 1000 in " + page1000.toMillis() + " ms");
            assertTrue(search100k.compareTo(Duration.ofSeconds(3)) < 0, "search in " + search100k.toMillis() + " ms");
        }
    }

    @Test
    void the_same_seed_always_generates_the_same_world() {
        String first;
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(5).collectionSize(50).wantlistSize(5).start()) {
            first = new FakeApi(fake).get("/releases/40000017").body().replace(fake.baseUrl(), "");
        }
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(5).collectionSize(50).wantlistSize(5).start()) {
            assertEquals(first, new FakeApi(fake).get("/releases/40000017").body().replace(fake.baseUrl(), ""));
        }
    }
}
