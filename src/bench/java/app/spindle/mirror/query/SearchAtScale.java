package app.spindle.mirror.query;

import app.spindle.mirror.Database;
import app.spindle.mirror.SearchKeys;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Not part of the suite: times the searches of a whole-catalogue mirror, per kind of query, as the pages
 * ask them (Tracks page: one page of 100; collection and wantlist: count and first page of 60, best matches first
 * (before round 11 of BENCHMARKS.md, newest first);
 * identifiers: the indexed look-ups by barcode, catalog number and runout; "did you mean" for the words with two
 * letters swapped). The queries are words and
 * identifiers read from the mirror itself. "cold" is each query's first ask in a fresh process (the
 * operating system's file cache as it is), "warm" the same queries asked of fresh query objects again.
 * Prints p50/p99/max wall and the asking thread's CPU.
 *
 * <pre>src/bench/run.sh app.spindle.mirror.query.SearchAtScale /tmp/cs/d1m [queries per kind]</pre>
 * The folder is opened read-write (migrations, pragmas): give it a copy.
 */
class SearchAtScale {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        Database db = Database.open(Path.of(args[0]), Database.IntegrityCheck.AFTER_START);
        int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        MirrorReads reads = new MirrorReads(db.jdbi());
        Map<String, List<String>> queries = reads.with(h -> queries(h, perKind));
        reads.with(h -> {
            System.out.printf("mirror: %,d releases, %,d tracks, %,d copies, %,d wants; load average %s%n",
                    count(h, "releases"), count(h, "tracks"), count(h, "collection_items"), count(h, "wants"),
                    loadAverage());
            return null;
        });
        for (String round : List.of("cold", "warm")) {
            try (TrackSearch tracks = new TrackSearch(reads); ShelfReader shelves = new ShelfReader(reads);
                    SpellingSuggestions spelling = SpellingSuggestions.ofMirror(reads);
                    SpellingSuggestions shelfSpelling = SpellingSuggestions.ofShelves(reads)) {
                time(round, "did you mean", queries.get("misspelt"), spelling::correction);
                time(round, "did you mean, shelves", queries.get("misspelt"), shelfSpelling::correction);
                time(round, "tracks, one word", queries.get("word"), q -> tracks.search(q, 0, 100));
                time(round, "tracks, two letters", queries.get("two"), q -> tracks.search(q, 0, 100));
                time(round, "collection, one word", queries.get("word"), q -> shelf(shelves, Shelf.COLLECTION, q));
                time(round, "collection, two letters", queries.get("two"), q -> shelf(shelves, Shelf.COLLECTION, q));
                time(round, "wantlist, one word", queries.get("word"), q -> shelf(shelves, Shelf.WANTLIST, q));
                time(round, "barcode", queries.get("barcode"), q -> lookUp(reads, """
                        SELECT release_id FROM release_identifiers WHERE value_key = :q AND value_key <> ''
                        """, q));
                time(round, "catalog number", queries.get("catno"), q -> lookUp(reads, """
                        SELECT release_id FROM release_labels WHERE catno_key = :q AND catno_key <> ''
                        """, q));
                time(round, "runout (as etched)", queries.get("runout"), q -> lookUp(reads, """
                        SELECT release_id FROM release_identifiers WHERE value_key = :q AND value_key <> ''
                        """, SearchKeys.catnoKey(q)));
                time(round, "runout (words, full text)", queries.get("runout"), q -> lookUp(reads, """
                        SELECT rowid FROM release_search WHERE release_search MATCH :q LIMIT 100
                        """, "identifiers : (" + FtsQuery.of(q) + ")"));
            }
        }
        System.out.printf("load average at the end: %s%n", loadAverage());
        reads.close();
        db.close();
    }

    private static void shelf(ShelfReader shelves, Shelf shelf, String text) {
        ShelfFilter filter = ShelfFilter.NONE.withText(text);
        shelves.count(shelf, filter);
        shelves.page(shelf, filter, ShelfSort.defaultFor(filter), 0, 60); // best match first, as the pages ask
    }

    private static void lookUp(MirrorReads reads, String sql, String value) {
        reads.with(h -> h.createQuery(sql).bind("q", value).mapTo(Long.class).list());
    }

    private static void time(String round, String kind, List<String> queries, Consumer<String> ask) {
        double[] wall = new double[queries.size()];
        long cpu = 0;
        long mostCpu = 0;
        String slowest = "";
        for (int n = 0; n < queries.size(); n++) {
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ask.accept(queries.get(n));
            wall[n] = (System.nanoTime() - start) / 1e6;
            long spent = THREADS.getCurrentThreadCpuTime() - cpuBefore;
            cpu += spent;
            if (spent > mostCpu) {
                mostCpu = spent;
                slowest = queries.get(n);
            }
        }
        Arrays.sort(wall);
        System.out.printf(Locale.ROOT, "%-5s %-24s n=%3d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  CPU %6.1f ms a query, most %6.1f ms (%s)%n",
                round, kind, wall.length, wall[(int) Math.floor(0.50 * (wall.length - 1))],
                wall[(int) Math.ceil(0.99 * (wall.length - 1))], wall[wall.length - 1], cpu / 1e6 / wall.length, mostCpu / 1e6, slowest);
    }

    /** Words from titles spread over the mirror, their first two letters, and identifiers of spread releases. */
    private static Map<String, List<String>> queries(Handle h, int perKind) {
        long maxId = h.createQuery("SELECT max(id) FROM releases").mapTo(Long.class).one();
        long step = Math.max(1, maxId / (perKind * 4L));
        Map<String, List<String>> queries = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        List<String> two = new ArrayList<>();
        h.createQuery("SELECT title FROM releases WHERE id % :step = 0 ORDER BY id").bind("step", step)
                .mapTo(String.class).forEach(title -> {
                    for (String word : FtsQuery.words(title)) {
                        if (word.length() >= 4 && word.chars().allMatch(Character::isLetter) && !words.contains(word)
                                && words.size() < perKind) {
                            words.add(word);
                        }
                        String start = word.length() >= 2 ? word.substring(0, 2) : null;
                        if (start != null && start.chars().allMatch(Character::isLetter) && !two.contains(start)
                                && two.size() < perKind) {
                            two.add(start);
                        }
                    }
                });
        queries.put("word", words);
        queries.put("misspelt", words.stream().map(SearchAtScale::misspelt).toList());
        queries.put("two", two);
        queries.put("barcode", spread(h, """
                SELECT value_key FROM release_identifiers WHERE type = 'Barcode' AND value_key <> '' AND release_id % :step = 0
                """, step / 4 + 1, perKind));
        queries.put("catno", spread(h, """
                SELECT catno_key FROM release_labels WHERE kind = 'label' AND catno_key <> '' AND release_id % :step = 0
                """, step / 4 + 1, perKind));
        queries.put("runout", spread(h, """
                SELECT value FROM release_identifiers WHERE type = 'Matrix / Runout' AND release_id % :step = 0
                """, step / 4 + 1, perKind));
        return queries;
    }

    /** The word with its third and fourth letters swapped: the slip "did you mean" corrects. */
    private static String misspelt(String word) {
        return word.substring(0, 2) + word.charAt(3) + word.charAt(2) + word.substring(4);
    }

    private static List<String> spread(Handle h, String sql, long step, int count) {
        return h.createQuery(sql + " LIMIT :count").bind("step", step).bind("count", count)
                .mapTo(String.class).list();
    }

    private static long count(Handle h, String table) {
        return h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one();
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
