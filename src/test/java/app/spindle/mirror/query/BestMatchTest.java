package app.spindle.mirror.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.mirror.Database;
import app.spindle.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Best match" on a large shelf held in memory: the records called what was typed first, scored while the words
 * find few enough to score, newest first when they find many; and the same order as SQL gives where both score.
 */
class BestMatchTest {
    @TempDir
    static Path dir;
    static Database db;
    static MirrorReads reads;
    static ShelfReader inMemory;
    static ShelfReader bySql;

    @BeforeAll
    static void fill() {
        db = Database.open(dir);
        SyntheticMirror.fill(db.jdbi(), 3000, 400, 11);
        reads = new MirrorReads(db.jdbi());
        inMemory = new ShelfReader(reads, 100);
        bySql = new ShelfReader(reads, Long.MAX_VALUE);
        inMemory.count(Shelf.COLLECTION, ShelfFilter.NONE);
        assertTrue(Eventually.waitFor(() -> inMemory.answersFromMemory(Shelf.COLLECTION), b -> b, Duration.ofSeconds(30)));
    }

    @AfterAll
    static void close() {
        inMemory.close();
        bySql.close();
        reads.close();
    }

    @Test
    void words_that_find_few_records_are_ranked_from_memory_exactly_as_sql_ranks_them() {
        int compared = 0;
        for (String text : new String[] {"velvet thunder", "blue night fire", "golden echo", "moon river"}) {
            ShelfFilter words = new ShelfFilter(Map.of(), text);
            long found = inMemory.count(Shelf.COLLECTION, words);
            assertTrue(found > 20 && found <= BestMatch.SCORED_AT_MOST, text + " finds " + found);
            for (ShelfFilter filter : List.of(words, words.with(Facet.GENRE, "Rock"))) {
                List<Long> expected = keys(bySql.page(Shelf.COLLECTION, filter, ShelfSort.BEST_MATCH, 0, 5_000));
                assertEquals(expected, keys(inMemory.page(Shelf.COLLECTION, filter, ShelfSort.BEST_MATCH, 0, 5_000)), text);
                assertEquals(expected.subList(25, 50), keys(inMemory.page(Shelf.COLLECTION, filter, ShelfSort.BEST_MATCH, 25, 25)));
                compared += expected.size();
            }
            assertCalledWhatWasTypedFirst(text, inMemory.page(Shelf.COLLECTION, words, ShelfSort.BEST_MATCH, 0, 5_000), false);
        }
        assertTrue(compared > 500, "entries compared: " + compared);
    }

    @Test
    void ranked_by_sql_the_full_text_index_is_asked_twice_whatever_the_shelf_holds() {
        ShelfFilter words = new ShelfFilter(Map.of(Facet.DECADE, "1970"), "lo");
        FilterSql sql = FilterSql.of(Shelf.COLLECTION, words);
        String from = sql.fromRanked(words.text());
        List<String> plan = reads.with(h -> sql.bind(h.createQuery("EXPLAIN QUERY PLAN " + sql.withRanked()
                        + "SELECT i.instance_id" + from + " ORDER BY " + ShelfSort.BEST_MATCH.orderBy(Shelf.COLLECTION)
                        + " LIMIT 60")).map((rs, ctx) -> rs.getString("detail")).list());
        // folded into the join, the artist-or-title scores were asked of the index once per entry (68 s at 100,000)
        assertEquals(2, plan.stream().filter(step -> step.contains("VIRTUAL TABLE")).count(), String.join("\n", plan));
        assertTrue(plan.stream().filter(step -> step.contains("VIRTUAL TABLE")).noneMatch(step -> step.contains("=M")),
                String.join("\n", plan));
        assertEquals(keys(inMemory.page(Shelf.COLLECTION, words, ShelfSort.BEST_MATCH, 0, 60)).size(),
                keys(bySql.page(Shelf.COLLECTION, words, ShelfSort.BEST_MATCH, 0, 60)).size());
    }

    @Test
    void words_that_find_many_records_show_those_called_so_first_then_the_rest_each_newest_first() {
        // "s" starts a word of most records' artist or title: too many to score either part
        for (String text : new String[] {"s", "blue"}) {
            ShelfFilter words = new ShelfFilter(Map.of(), text);
            long found = inMemory.count(Shelf.COLLECTION, words);
            assertTrue(found > BestMatch.SCORED_AT_MOST, text + " finds " + found);
            List<ShelfItem> all = inMemory.page(Shelf.COLLECTION, words, ShelfSort.BEST_MATCH, 0, 5_000);
            assertEquals(found, all.size());
            int named = assertCalledWhatWasTypedFirst(text, all, true);
            if (named > BestMatch.SCORED_AT_MOST) {
                assertNewestFirst(all.subList(0, named));
            }
            ShelfFilter narrowed = words.with(Facet.DECADE, "1970");
            List<ShelfItem> seventies = inMemory.page(Shelf.COLLECTION, narrowed, ShelfSort.BEST_MATCH, 0, 5_000);
            assertEquals(all.stream().filter(i -> i.year() != null && i.year() / 10 == 197).map(ShelfItem::key).toList(),
                    keys(seventies), "a facet narrows the same order");
            assertEquals(keys(seventies).subList(60, 120), keys(inMemory.page(Shelf.COLLECTION, narrowed,
                    ShelfSort.BEST_MATCH, 60, 60)), "pages are slices of it");
            List<Long> inPages = new ArrayList<>();
            for (int offset = 0; offset < seventies.size(); offset += 37) {
                inPages.addAll(keys(inMemory.page(Shelf.COLLECTION, narrowed, ShelfSort.BEST_MATCH, offset, 37)));
            }
            assertEquals(keys(seventies), inPages, "pages one after another, across both parts, make the whole order");
        }
    }

    /** Every record whose artist or title holds each word comes before every other; the others newest first when many. */
    private static int assertCalledWhatWasTypedFirst(String text, List<ShelfItem> items, boolean manyOthers) {
        int named = 0;
        while (named < items.size() && called(items.get(named), text)) {
            named++;
        }
        List<ShelfItem> others = items.subList(named, items.size());
        assertTrue(named > 0, text);
        assertTrue(others.stream().noneMatch(i -> called(i, text)), text + ": a record called so comes after one that is not");
        if (manyOthers) {
            assertNewestFirst(others);
        }
        return named;
    }

    private static boolean called(ShelfItem item, String text) {
        List<String> words = FtsQuery.words(item.artist() + " " + item.title());
        return FtsQuery.words(text).stream().allMatch(typed -> words.stream().anyMatch(w -> w.startsWith(typed)));
    }

    private static void assertNewestFirst(List<ShelfItem> items) {
        List<ShelfItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(ShelfItem::addedAt).thenComparing(ShelfItem::key).reversed());
        assertEquals(keys(sorted), keys(items));
    }

    private static List<Long> keys(List<ShelfItem> items) {
        return items.stream().map(ShelfItem::key).toList();
    }
}
