package app.spindle.mirror.query;

import app.spindle.mirror.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** Not part of the suite: times the browsing queries on the 100k synthetic mirror made by MakeSyntheticDb. */
class QueryTimings {
    public static void main(String[] args) throws Exception {
        new QueryTimings().time();
    }

    void time() {
        Database db = Database.open(Path.of(System.getProperty("synthetic.dir", "/tmp/synthetic")));
        MirrorReads reads = new MirrorReads(db.jdbi());
        MirrorVersion version = reads.version();
        ShelfReader reader = new ShelfReader(reads);
        ShelfFilter jazz = new ShelfFilter(Map.of(Facet.GENRE, "Jazz"), "");
        ShelfFilter jazz60s = new ShelfFilter(Map.of(Facet.GENRE, "Jazz", Facet.DECADE, "1960"), "");
        ShelfFilter blue = ShelfFilter.NONE.withText("blue night");
        ShelfFilter b = ShelfFilter.NONE.withText("b");
        for (int round = 0; round < 2; round++) {
            System.out.println("--- round " + round);
            t("count all", () -> reader.count(Shelf.COLLECTION, ShelfFilter.NONE));
            t("count jazz", () -> reader.count(Shelf.COLLECTION, jazz));
            t("count blue night", () -> reader.count(Shelf.COLLECTION, blue));
            t("count b*", () -> reader.count(Shelf.COLLECTION, b));
            t("page 1 added", () -> reader.page(Shelf.COLLECTION, ShelfFilter.NONE, ShelfSort.NEWEST_FIRST, 0, 60));
            t("page 1000 added", () -> reader.page(Shelf.COLLECTION, ShelfFilter.NONE, ShelfSort.NEWEST_FIRST, 60_000, 60));
            t("page 1 artist", () -> reader.page(Shelf.COLLECTION, ShelfFilter.NONE, new ShelfSort(ShelfSort.Key.ARTIST, false), 0, 60));
            t("page 1 label desc", () -> reader.page(Shelf.COLLECTION, ShelfFilter.NONE, new ShelfSort(ShelfSort.Key.LABEL, true), 0, 60));
            t("page jazz artist", () -> reader.page(Shelf.COLLECTION, jazz, new ShelfSort(ShelfSort.Key.ARTIST, false), 0, 60));
            t("page jazz60s year", () -> reader.page(Shelf.COLLECTION, jazz60s, new ShelfSort(ShelfSort.Key.YEAR, false), 0, 60));
            t("page blue night", () -> reader.page(Shelf.COLLECTION, blue, ShelfSort.NEWEST_FIRST, 0, 60));
            t("page b*", () -> reader.page(Shelf.COLLECTION, b, ShelfSort.NEWEST_FIRST, 0, 60));
            try (ShelfFacets facets = new ShelfFacets(reads)) {
                t("facets all", () -> facets.counts(Shelf.COLLECTION, ShelfFilter.NONE));
                t("facets all cached", () -> facets.counts(Shelf.COLLECTION, ShelfFilter.NONE));
                t("facets jazz", () -> facets.counts(Shelf.COLLECTION, jazz));
                t("facets blue night", () -> facets.counts(Shelf.COLLECTION, blue));
                t("facets b*", () -> facets.counts(Shelf.COLLECTION, b));
                t("facets wants", () -> facets.counts(Shelf.WANTLIST, ShelfFilter.NONE));
            }
            t("version", version::current);
        }
    }

    private static void t(String name, Supplier<?> work) {
        long start = System.nanoTime();
        Object result = work.get();
        long ms = (System.nanoTime() - start) / 100_000;
        String shown = String.valueOf(result);
        System.out.printf("%-22s %6.1f ms  %s%n", name, ms / 10.0, shown.length() > 90 ? shown.substring(0, 90) : shown);
    }
}
