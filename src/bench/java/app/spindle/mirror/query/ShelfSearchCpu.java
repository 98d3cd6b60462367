package app.spindle.mirror.query;

import app.spindle.mirror.Database;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The read side's CPU per search, without HTTP and templates: for each collection URL of a list (as
 * {@code WebLoadUrls} writes them) the count, the page of 60 and the facet counts, in this thread, after the
 * list's first 300 as warm-up. Separates the mirror's share of a request from the web's:
 * {@code src/bench/run.sh app.spindle.mirror.query.ShelfSearchCpu DATA_FOLDER LIST [facets]}.
 */
class ShelfSearchCpu {
    public static void main(String[] args) throws Exception {
        List<String> urls = Files.readAllLines(Path.of(args[1]));
        boolean facetsToo = args.length > 2;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Database db = Database.open(Path.of(args[0]));
        try (MirrorReads reads = new MirrorReads(db.jdbi()); ShelfReader reader = new ShelfReader(reads);
             ShelfFacets facets = new ShelfFacets(reads, reader)) {
            reader.count(Shelf.COLLECTION, ShelfFilter.NONE);
            while (!reader.answersFromMemory(Shelf.COLLECTION)) {
                Thread.sleep(200);
            }
            run(reader, facets, urls.subList(0, Math.min(300, urls.size())), facetsToo);
            long[] took = new long[3];
            long start = cpu.getCurrentThreadCpuTime();
            for (String url : urls) {
                ShelfFilter filter = filter(url);
                ShelfSort sort = sort(url, filter);
                long t0 = cpu.getCurrentThreadCpuTime();
                reader.count(Shelf.COLLECTION, filter);
                long t1 = cpu.getCurrentThreadCpuTime();
                reader.page(Shelf.COLLECTION, filter, sort, 0, 60);
                long t2 = cpu.getCurrentThreadCpuTime();
                if (facetsToo) {
                    facets.counts(Shelf.COLLECTION, filter);
                }
                long t3 = cpu.getCurrentThreadCpuTime();
                took[0] += t1 - t0;
                took[1] += t2 - t1;
                took[2] += t3 - t2;
            }
            double n = urls.size() * 1e6;
            System.out.printf("%s: %d searches, %.2f ms CPU each: count %.2f, page %.2f, facets %.2f%n",
                    Path.of(args[1]).getFileName(), urls.size(), (cpu.getCurrentThreadCpuTime() - start) / n,
                    took[0] / n, took[1] / n, took[2] / n);
        }
    }

    private static void run(ShelfReader reader, ShelfFacets facets, List<String> urls, boolean facetsToo) {
        for (String url : urls) {
            ShelfFilter filter = filter(url);
            reader.count(Shelf.COLLECTION, filter);
            reader.page(Shelf.COLLECTION, filter, sort(url, filter), 0, 60);
            if (facetsToo) {
                facets.counts(Shelf.COLLECTION, filter);
            }
        }
    }

    private static Map<String, String> params(String url) {
        Map<String, String> params = new java.util.HashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static ShelfFilter filter(String url) {
        Map<String, String> params = params(url);
        Map<Facet, String> values = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            if (params.containsKey(facet.param())) {
                values.put(facet, params.get(facet.param()));
            }
        }
        return new ShelfFilter(values, params.get("q"));
    }

    private static ShelfSort sort(String url, ShelfFilter filter) {
        String sort = params(url).get("sort");
        if (sort == null) {
            return ShelfSort.defaultFor(filter);
        }
        int dash = sort.lastIndexOf('-');
        for (ShelfSort.Key key : ShelfSort.Key.values()) {
            if (key.param().equals(sort.substring(0, dash))) {
                return new ShelfSort(key, sort.endsWith("desc"));
            }
        }
        throw new IllegalArgumentException(sort);
    }
}
