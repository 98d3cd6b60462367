package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The collection page on a generated 100,000-copy collection: right answers, and fast. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionBrowserTest {
    private static final int COPIES = 100_000;
    private static final String[] GENRES = {"Rock", "Electronic", "Jazz", "Funk / Soul", "Pop", "Hip Hop",
        "Classical", "Reggae", "Latin", "Folk, World, & Country", "Blues", "Stage & Screen", "Non-Music",
        "Children's", "Brass & Military"};

    @TempDir
    static Path dir;
    Database db;
    CollectionBrowser browser;

    @BeforeAll
    void generate() {
        db = Database.open(dir);
        browser = new CollectionBrowser(db.jdbi());
        db.jdbi().useTransaction(h -> {
            h.execute("CREATE TEMP TABLE n AS WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < "
                    + COPIES + ") SELECT i FROM c");
            h.execute("""
                    INSERT INTO releases (id, title, artist_credit, sort_artist, sort_title, year, country,
                        details_fetched_at)
                    SELECT i, 'Title ' || i, 'Artist ' || (i % 7919), 'artist ' || (i % 7919), 'title ' || i,
                        1950 + (i % 75), CASE i % 5 WHEN 0 THEN 'UK' WHEN 1 THEN 'US' WHEN 2 THEN 'Germany'
                        WHEN 3 THEN 'Japan' ELSE 'France' END, '2026-01-01T00:00:00.000Z' FROM n
                    """);
            for (int g = 0; g < GENRES.length; g++) {
                h.createUpdate("INSERT INTO release_genres (release_id, position, genre) SELECT i, 0, :g FROM n WHERE i % 15 = :k")
                        .bind("g", GENRES[g]).bind("k", g).execute();
            }
            h.execute("INSERT INTO release_styles (release_id, position, style) SELECT i, 0, 'Style ' || (i % 300) FROM n");
            h.execute("""
                    INSERT INTO release_labels (release_id, kind, position, label_id, name, catno, catno_key)
                    SELECT i, 'label', 0, 1 + i % 3001, 'Label ' || (i % 3001), 'CAT ' || i, 'CAT' || i FROM n
                    """);
            h.execute("""
                    INSERT INTO release_formats (release_id, position, name, qty, size)
                    SELECT i, 0, 'Vinyl', '1', CASE i % 3 WHEN 0 THEN '12"' WHEN 1 THEN '7"' ELSE '10"' END FROM n
                    """);
            h.execute("""
                    INSERT INTO collection_items (instance_id, release_id, folder_id, rating, date_added, added_at,
                        media_condition, sort_artist, sort_title, sort_label, sort_catno, year, format_name,
                        format_size, listed_run_id)
                    SELECT 1000000 + i, i, 2 + i % 12, i % 6, '', strftime('%Y-%m-%dT%H:%M:%fZ', 1300000000 + i * 1000,
                        'unixepoch'), CASE i % 4 WHEN 0 THEN 'Mint (M)' WHEN 1 THEN 'Near Mint (NM or M-)'
                        WHEN 2 THEN 'Very Good Plus (VG+)' ELSE 'Very Good (VG)' END,
                        'artist ' || (i % 7919), 'title ' || i, 'label ' || (i % 3001), 'cat ' || i, 1950 + (i % 75),
                        'Vinyl', CASE i % 3 WHEN 0 THEN '12"' WHEN 1 THEN '7"' ELSE '10"' END, 1 FROM n
                    """);
            h.execute("""
                    INSERT INTO release_search (rowid, artists, title, labels, catnos)
                    SELECT i, 'Artist ' || (i % 7919), 'Title ' || i, 'Label ' || (i % 3001), 'CAT ' || i FROM n
                    """);
        });
        db.jdbi().useHandle(h -> h.execute("ANALYZE"));
    }

    @Test
    void newest_first_shows_the_last_added_copy_and_counts_all() {
        CollectionBrowser.Page page = browser.page(CollectionFilter.newestFirst());
        assertEquals(50, page.items().size());
        assertEquals(COPIES, page.total());
        assertEquals(1000000L + COPIES, page.items().get(0).instanceId());
        assertEquals("Label " + (COPIES % 3001), page.items().get(0).label());
    }

    @Test
    void filters_combine_and_count_what_they_match() {
        CollectionBrowser.Page page = browser.page(filter(f -> new CollectionFilter(5L, "12\"", null, null, null,
                1980, null, null, null, null, null, CollectionSort.ARTIST, false, 1, 50)));
        assertTrue(page.total() > 0);
        for (CollectionListItem item : page.items()) {
            assertEquals(5L, item.folderId());
            assertEquals("12\"", item.formatSize());
            assertTrue(item.year() >= 1980 && item.year() <= 1989);
        }
        List<String> artists = page.items().stream().map(CollectionListItem::artistCredit).toList();
        List<String> sorted = new ArrayList<>(artists);
        sorted.sort(String::compareTo);
        assertEquals(sorted, artists);
    }

    @Test
    void a_page_of_100000_copies_stays_fast_for_every_filter_and_sort() {
        List<CollectionFilter> filters = new ArrayList<>();
        for (CollectionSort sort : CollectionSort.values()) {
            for (boolean desc : new boolean[] {false, true}) {
                filters.add(CollectionFilter.newestFirst().withSort(sort, desc));
                filters.add(new CollectionFilter(3L, null, null, null, null, null, null, null, null, null, null, sort, desc, 1, 50));
                filters.add(new CollectionFilter(null, "7\"", null, null, null, null, null, null, null, null, null, sort, desc, 1, 50));
                filters.add(new CollectionFilter(null, null, "Jazz", null, null, null, null, null, null, null, null, sort, desc, 1, 50));
                filters.add(new CollectionFilter(null, null, null, "Style 17", null, null, null, null, null, null, null, sort, desc, 1, 50));
                filters.add(new CollectionFilter(null, null, null, null, null, 1970, null, null, null, null, null, sort, desc, 1, 50));
                filters.add(new CollectionFilter(null, null, null, null, null, null, 42L, null, null, null, null, sort, desc, 1, 50));
                filters.add(new CollectionFilter(null, null, null, null, null, null, null, "Japan", null, null, null, sort, desc, 1, 50));
                filters.add(new CollectionFilter(null, null, null, null, null, null, null, null, 5, null, null, sort, desc, 1, 50));
                filters.add(new CollectionFilter(null, null, null, null, null, null, null, null, null, "Mint (M)", null, sort, desc, 1, 50));
                filters.add(new CollectionFilter(7L, "12\"", "Rock", null, null, 1990, null, null, null, null, null, sort, desc, 1, 50));
                filters.add(new CollectionFilter(null, null, null, null, null, null, null, null, null, null, "artist 42", sort, desc, 1, 50));
                filters.add(new CollectionFilter(null, null, null, null, null, null, null, null, null, null, null, sort, desc, 200, 50));
            }
        }
        filters.forEach(browser::page); // warm up
        // CPU time of this thread (SQLite runs in it) measures the work, not the waiting for a core that a
        // loaded 2-core box adds; wall time is printed beside it.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] cpuNanos = new long[filters.size() * 3];
        long[] wallNanos = new long[filters.size() * 3];
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (CollectionFilter f : filters) {
                long wall = System.nanoTime();
                long start = cpu.getCurrentThreadCpuTime();
                browser.page(f);
                cpuNanos[n] = cpu.getCurrentThreadCpuTime() - start;
                wallNanos[n++] = System.nanoTime() - wall;
            }
        }
        double cpuP99 = p99(cpuNanos);
        System.out.printf("collection page, %d copies, %d queries: CPU p50 %.1f ms, p99 %.1f ms; wall p50 %.1f ms, p99 %.1f ms%n",
                COPIES, cpuNanos.length, p50(cpuNanos), cpuP99, p50(wallNanos), p99(wallNanos));
        assertTrue(cpuP99 < 50, "CPU p99 " + cpuP99 + " ms");
    }

    private static double p50(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p99(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6;
    }

    private static CollectionFilter filter(UnaryOperator<CollectionFilter> f) {
        return f.apply(CollectionFilter.newestFirst());
    }

}
