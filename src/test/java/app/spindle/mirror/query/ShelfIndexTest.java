package app.spindle.mirror.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.mirror.Database;
import app.spindle.testing.Eventually;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory shelf index must find exactly what the SQL finds, in the same order, and count every
 * facet value as the SQL counts it, for every filter.
 */
class ShelfIndexTest {
    @TempDir
    static Path dir;
    static Database db;

    @BeforeAll
    static void fill() {
        db = Database.open(dir);
        SyntheticMirror.fill(db.jdbi(), 3000, 400, 11);
        pricesForMostWants();
    }

    /** Prices seen for three wants in four (one in five of them with nothing for sale), a week's change for some, targets for half. */
    private static void pricesForMostWants() {
        db.jdbi().useHandle(h -> {
            h.execute("""
                    INSERT INTO latest_prices (release_id, observed_at, lowest_price, num_for_sale, currency, week_ago_price)
                    SELECT release_id, '2026-11-30T10:00:00Z',
                        CASE WHEN release_id % 5 = 0 THEN NULL ELSE release_id % 97 + 0.5 END,
                        CASE WHEN release_id % 5 = 0 THEN 0 ELSE release_id % 7 + 1 END, 'USD',
                        CASE WHEN release_id % 3 = 0 THEN release_id % 89 + 1.0 END
                    FROM wants WHERE release_id % 4 <> 0""");
            h.execute("""
                    INSERT INTO price_targets (release_id, target, currency, in_notes, set_at)
                    SELECT release_id, 50.0, CASE WHEN release_id % 6 = 0 THEN 'EUR' ELSE 'USD' END, 0,
                        '2026-11-30T10:00:00Z'
                    FROM wants WHERE release_id % 2 = 0""");
        });
    }

    @Test
    void every_facet_value_and_combination_finds_what_sql_finds_in_every_order() {
        try (MirrorReads reads = new MirrorReads(db.jdbi())) {
            for (Shelf shelf : Shelf.values()) {
                long version = reads.version().current();
                ShelfIndex index = reads.with(h -> ShelfIndexReader.read(h, shelf, version));
                List<ShelfFilter> filters = filters(reads, shelf);
                int compared = 0;
                int facetValues = 0;
                ShelfFacets bySqlFacets = new ShelfFacets(reads);
                for (ShelfFilter filter : filters) {
                    // each typed word's records found on their own, as the reader finds them: their intersection is held to the SQL
                    var rows = index.matching(filter, match -> hits(reads, match));
                    for (FacetCounts counted : bySqlFacets.counts(shelf, filter)) {
                        assertEquals(counted.values(), index.counts(counted.facet(), rows), shelf + " " + filter
                                + " facet " + counted.facet());
                        facetValues += counted.values().size();
                    }
                    FilterSql sql = FilterSql.of(shelf, filter);
                    long expected = reads.with(h -> sql.bind(h.createQuery("SELECT count(*)" + sql.from()))
                            .mapTo(Long.class).one());
                    assertEquals(expected, rows.cardinality(), shelf + " " + filter);
                    for (ShelfSort.Key key : ShelfSort.Key.values()) {
                        if (key.ranksByWords()) {
                            continue; // ranked by the index's scores in SQL, never by the memory index
                        }
                        for (boolean descending : new boolean[] {false, true}) {
                            ShelfSort sort = new ShelfSort(key, descending);
                            // the first 62 in one query: the page at 0 and the page at 37 are held to its slices
                            List<Long> bySql = reads.with(h -> sql.bind(h.createQuery("SELECT i." + shelf.key()
                                    + sql.from() + " ORDER BY " + sort.orderBy(shelf) + " LIMIT 62")).mapTo(Long.class).list());
                            for (int offset : new int[] {0, 37}) {
                                List<Long> page = bySql.subList(Math.min(offset, bySql.size()), Math.min(offset + 25, bySql.size()));
                                assertEquals(page, index.page(rows, sort, offset, 25), shelf + " " + filter + " " + sort + " at " + offset);
                                compared += page.size();
                            }
                        }
                    }
                }
                bySqlFacets.close();
                assertTrue(facetValues > 5_000, shelf + " facet values compared: " + facetValues);
                assertTrue(filters.size() > 60, shelf + " filters: " + filters.size());
                assertTrue(compared > 20_000, shelf + " entries compared: " + compared);
            }
        }
    }

    @Test
    void a_large_shelf_is_answered_from_memory_once_indexed_and_never_after_the_mirror_changed() {
        try (MirrorReads reads = new MirrorReads(db.jdbi()); ShelfReader reader = new ShelfReader(reads, 100)) {
            ShelfFilter rock = new ShelfFilter(Map.of(Facet.GENRE, "Rock"), "");
            long before = reader.count(Shelf.COLLECTION, rock);
            assertTrue(Eventually.waitFor(() -> reader.answersFromMemory(Shelf.COLLECTION), b -> b, Duration.ofSeconds(30)));
            ShelfFilter rockNight = rock.withText("night");
            FilterSql sql = FilterSql.of(Shelf.COLLECTION, rockNight);
            long bySql = reads.with(h -> sql.bind(h.createQuery("SELECT count(*)" + sql.from())).mapTo(Long.class).one());
            assertTrue(bySql > 0);
            assertEquals(bySql, reader.count(Shelf.COLLECTION, rockNight));
            try (ShelfFacets inMemory = new ShelfFacets(reads, reader); ShelfFacets sqlOnly = new ShelfFacets(reads)) {
                assertTrue(reader.inMemory(Shelf.COLLECTION, rockNight).isPresent());
                assertEquals(sqlOnly.counts(Shelf.COLLECTION, rockNight), inMemory.counts(Shelf.COLLECTION, rockNight));
            }
            List<ShelfItem> first = reader.page(Shelf.COLLECTION, rock, ShelfSort.NEWEST_FIRST, 0, 10);
            long gone = first.get(0).key();

            db.jdbi().useHandle(h -> h.createUpdate("DELETE FROM collection_items WHERE instance_id = :k").bind("k", gone).execute());

            assertFalse(reader.answersFromMemory(Shelf.COLLECTION), "the index was read before the delete");
            assertEquals(before - 1, reader.count(Shelf.COLLECTION, rock));
            List<ShelfItem> after = reader.page(Shelf.COLLECTION, rock, ShelfSort.NEWEST_FIRST, 0, 10);
            assertEquals(first.get(1).key(), after.get(0).key());

            // once the mirror has been quiet for a while, a fresh index is read and used again
            assertTrue(Eventually.waitFor(() -> reader.answersFromMemory(Shelf.COLLECTION), b -> b, Duration.ofSeconds(30)));
            ShelfFilter rockSeventies = rock.with(Facet.DECADE, "1970");
            FilterSql seventies = FilterSql.of(Shelf.COLLECTION, rockSeventies);
            long seventiesBySql = reads.with(h -> seventies.bind(h.createQuery("SELECT count(*)" + seventies.from()))
                    .mapTo(Long.class).one());
            assertEquals(seventiesBySql, reader.count(Shelf.COLLECTION, rockSeventies));
            assertEquals(after, reader.page(Shelf.COLLECTION, rock, ShelfSort.NEWEST_FIRST, 0, 11).subList(0, 10));
        }
    }

    @Test
    void a_shelf_of_a_thousand_entries_is_answered_from_memory_and_a_smaller_one_by_sql() throws IOException {
        Database small = Database.open(Files.createDirectories(dir.resolve("a-thousand")));
        SyntheticMirror.fill(small.jdbi(), 1000, 999, 5);
        try (MirrorReads reads = new MirrorReads(small.jdbi()); ShelfReader reader = new ShelfReader(reads)) {
            assertEquals(1000, reader.count(Shelf.COLLECTION, ShelfFilter.NONE));
            assertEquals(999, reader.count(Shelf.WANTLIST, ShelfFilter.NONE));
            assertFalse(reader.answersFromMemory(Shelf.WANTLIST));
            assertTrue(Eventually.waitFor(() -> reader.answersFromMemory(Shelf.COLLECTION), b -> b, Duration.ofSeconds(30)));
            // one background thread reads the shelves in the order they were asked for: the wantlist was asked first
            assertFalse(reader.answersFromMemory(Shelf.WANTLIST), "999 wants stay with SQL");
        } finally {
            small.close();
        }
    }

    @Test
    void entries_shown_lately_are_not_read_again_until_the_mirror_changes_and_then_show_the_change() {
        try (MirrorReads reads = new MirrorReads(db.jdbi()); ShelfReader reader = new ShelfReader(reads)) {
            List<ShelfItem> twenty = reader.page(Shelf.COLLECTION, ShelfFilter.NONE, ShelfSort.NEWEST_FIRST, 0, 20);
            List<ShelfItem> longer = reader.page(Shelf.COLLECTION, ShelfFilter.NONE, ShelfSort.NEWEST_FIRST, 0, 21);
            for (int n = 0; n < twenty.size(); n++) {
                assertSame(twenty.get(n), longer.get(n), "kept, not read again");
            }
            ShelfItem rated = twenty.get(3);
            int rating = rated.rating() == 5 ? 1 : rated.rating() + 1;

            db.jdbi().useHandle(h -> h.createUpdate("UPDATE collection_items SET rating = :r WHERE instance_id = :k")
                    .bind("r", rating).bind("k", rated.key()).execute());

            for (int limit : new int[] {21, 22}) {
                ShelfItem now = reader.page(Shelf.COLLECTION, ShelfFilter.NONE, ShelfSort.NEWEST_FIRST, 0, limit).get(3);
                assertEquals(rated.key(), now.key());
                assertEquals(rating, now.rating(), "a page of " + limit + " read after the change");
            }
        }
    }

    private static long[] hits(MirrorReads reads, String match) {
        return reads.with(h -> h.createQuery("SELECT rowid FROM release_search WHERE release_search MATCH :q ORDER BY rowid")
                .bind("q", match).mapTo(Long.class).stream().mapToLong(Long::longValue).toArray());
    }

    /** Every value each facet offers on this shelf, then random combinations of two or three with words. */
    private static List<ShelfFilter> filters(MirrorReads reads, Shelf shelf) {
        Map<Facet, List<String>> offered = new EnumMap<>(Facet.class);
        ShelfFacets facets = new ShelfFacets(reads);
        for (FacetCounts counts : facets.counts(shelf, ShelfFilter.NONE)) {
            offered.put(counts.facet(), counts.values().stream().map(FacetCount::value).toList());
        }
        offered.put(Facet.YEAR, List.of("1975", "1999", "2011"));
        facets.close();
        List<ShelfFilter> filters = new ArrayList<>();
        offered.forEach((facet, values) -> values.forEach(v -> filters.add(new ShelfFilter(Map.of(facet, v), ""))));
        List<Facet> kinds = new ArrayList<>(offered.keySet());
        String[] words = {"blue", "night", "mo", "s", "love dance", "night s", "zzzz"};
        Random random = new Random(3);
        for (int n = 0; n < 60; n++) {
            Map<Facet, String> combo = new EnumMap<>(Facet.class);
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                Facet facet = kinds.get(random.nextInt(kinds.size()));
                List<String> values = offered.get(facet);
                combo.put(facet, values.get(random.nextInt(values.size())));
            }
            filters.add(new ShelfFilter(combo, random.nextBoolean() ? words[random.nextInt(words.length)] : ""));
        }
        for (String word : words) {
            filters.add(new ShelfFilter(Map.of(), word));
        }
        filters.add(ShelfFilter.NONE);
        return filters;
    }
}
