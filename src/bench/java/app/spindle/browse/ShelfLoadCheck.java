package app.spindle.browse;

import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not part of the suite: serves the 100k synthetic mirror and measures latency and throughput of the
 * browsing pages with a few client threads in the same JVM. Run
 * {@code src/bench/run.sh app.spindle.mirror.query.MakeSyntheticDb} once (about 30 s), then
 * {@code src/bench/run.sh [-Dload.threads=4 -Dload.seconds=10] app.spindle.browse.ShelfLoadCheck}.
 */
class ShelfLoadCheck {
    public static void main(String[] args) throws Exception {
        new ShelfLoadCheck().measure();
    }

    void measure() throws Exception {
        Path dir = Path.of(System.getProperty("synthetic.dir", "/tmp/synthetic"));
        int threads = Integer.getInteger("load.threads", 4);
        int seconds = Integer.getInteger("load.seconds", 10);
        try (Spindle spindle = Spindle.start(ConfigParser.parse(new String[] {"--data", dir.toString(), "--port", "0"}, k -> null))) {
            String base = "http://127.0.0.1:" + spindle.port();
            HttpClient client = HttpClient.newHttpClient();
            List<String> paths = List.of("/collection", "/collection?page=2", "/collection?page=1000",
                    "/collection?sort=artist-asc", "/collection?genre=Jazz", "/collection?genre=Jazz&decade=1960&sort=year-asc",
                    "/collection?q=blue+night", "/collection?view=list&sort=label-asc", "/wantlist", "/stats",
                    "/tracks?q=velvet+moon");
            // first visits: cold caches
            for (String path : paths) {
                long t = System.nanoTime();
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                System.out.printf("cold %-55s %3d %7.1f ms %7d bytes%n", path, r.statusCode(), (System.nanoTime() - t) / 1e6, r.body().length());
            }
            String only = System.getProperty("load.only");
            if (only != null) {
                run(client, base, List.of(only), threads, 5);
                run(client, base, List.of(only), threads, seconds);
                return;
            }
            System.out.println("warm-up:");
            run(client, base, paths, threads, 5);
            for (String path : List.of("/collection", "/collection?genre=Jazz&decade=1960&sort=year-asc", "/collection?page=1000",
                    "/collection?q=blue+night")) {
                run(client, base, List.of(path), threads, seconds);
            }
            run(client, base, paths, threads, seconds);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void run(HttpClient client, String base, List<String> paths, int threads, int seconds) throws Exception {
        long cpuBefore = processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            futures.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                int n = offset;
                while (System.nanoTime() < end) {
                    String path = paths.get(n++ % paths.size());
                    long start = System.nanoTime();
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(path + " -> " + r.statusCode());
                    }
                    times.add(System.nanoTime() - start);
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Collections.sort(all);
        double cpuPerRequest = (processCpuNanos() - cpuBefore) / 1e6 / all.size();
        System.out.printf("%-52s %d thr: %5.0f req/s  p50 %5.1f  p99 %6.1f  max %6.1f ms  cpu %.2f ms/req (client incl.)%n",
                paths.size() == 1 ? paths.get(0) : "mixed " + paths.size() + " pages", threads,
                all.size() / (double) seconds, all.get(all.size() / 2) / 1e6,
                all.get((int) (all.size() * 0.99)) / 1e6, all.get(all.size() - 1) / 1e6, cpuPerRequest);
    }
}
