package app.spindle.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.Priority;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.fake.CollectionInstance;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.sync.SyncPolicy;
import app.spindle.sync.SyncRunner;
import app.spindle.testing.Folders;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * BENCHMARKS.md: an action's time to "done" on an idle governor and during a background crawl, and bulk
 * throughput against the limit. The limit is scaled to 20 requests per 2 s (one slot = 100 ms) so a run
 * takes seconds. {@code src/bench/run.sh app.spindle.actions.ActionTimingBenchmark}
 */
class ActionTimingBenchmark {
    public static void main(String[] args) throws Exception {
        Path dir = Folders.temporary("spindle-bench");
        new ActionTimingBenchmark(dir).time_to_done_idle_and_under_a_crawl_and_bulk_throughput();
    }

    private ActionTimingBenchmark(Path dir) {
        this.dir = dir;
    }

    private static final int LIMIT = 20;
    private static final Duration WINDOW = Duration.ofSeconds(2);
    private final Path dir;
    void time_to_done_idle_and_under_a_crawl_and_bulk_throughput() throws Exception {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(3).collectionSize(120).wantlistSize(5).folders(2)
                .rateLimit(LIMIT, WINDOW).start()) {
            Database database = Database.open(dir);
            Mirror mirror = new Mirror(database, Clock.systemUTC());
            RateGovernor governor = new RateGovernor(LIMIT, WINDOW);
            DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults(fake.baseUrl()), governor, new DiscogsModels());
            api.useCredentials(new DiscogsCredentials.PersonalToken(fake.token()));
            DiscogsClient client = new DiscogsClient(api);
            new SyncRunner(api, client, mirror, new SyncPolicy(Duration.ofDays(30), Duration.ofDays(1), 0.05, 50),
                    Clock.systemUTC()).runListing("bench");
            ActionQueue queue = new ActionQueue(database.jdbi(), Clock.systemUTC(), mirror.listingWriter());
            AccountEdits edits = new AccountEdits(database.jdbi(), queue);
            List<CollectionInstance> copies = fake.account().copies();
            long cpuBefore = cpuMillis();
            try (ActionSender sender = new ActionSender(database.jdbi(), queue, client, mirror.listingWriter(), () -> true,
                    Clock.systemUTC(), Duration.ofMillis(100), Duration.ofSeconds(2)).start()) {
                Thread.sleep(WINDOW.toMillis() + 200); // an idle window: the listing's requests have aged out
                List<Long> idle = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    idle.add(timeToDone(queue, edits.rateCopy(copies.get(i).instanceId(), 1 + i % 5)));
                    Thread.sleep(WINDOW.toMillis() / LIMIT * 2);
                }
                AtomicBoolean crawling = new AtomicBoolean(true);
                DiscogsClient background = client.withPriority(Priority.BACKGROUND);
                List<Long> releases = fake.releaseIds();
                Thread crawl = new Thread(() -> {
                    for (int k = 0; crawling.get(); k++) {
                        background.release(releases.get(k % releases.size()));
                    }
                });
                crawl.start();
                Thread.sleep(WINDOW.toMillis() + 500); // the crawl fills the window
                List<Long> busy = new ArrayList<>();
                for (int i = 8; i < 16; i++) {
                    busy.add(timeToDone(queue, edits.rateCopy(copies.get(i).instanceId(), 1 + i % 5)));
                    Thread.sleep(250);
                }
                crawling.set(false);
                crawl.join();
                Thread.sleep(WINDOW.toMillis() + 200);
                int folder = fake.account().folderList().get(2).id();
                long started = System.nanoTime();
                // As the collection page's bulk move does it: planned, then queued in one transaction.
                List<Long> keys = copies.subList(20, 80).stream().map(CollectionInstance::instanceId).toList();
                List<Action> bulk = edits.submitAll(new BulkChange(database.jdbi(), edits)
                        .plan(BulkChange.Op.MOVE, keys, Integer.toString(folder)));
                long queuedMillis = (System.nanoTime() - started) / 1_000_000;
                for (Action action : bulk) {
                    assertEquals(ActionState.DONE, queue.awaitOutcome(action.id(), Duration.ofMinutes(2)).state());
                    while (queue.find(action.id()).orElseThrow().isPending()) {
                        Thread.sleep(5);
                    }
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                double perWindow = bulk.size() / seconds * WINDOW.toSeconds();
                System.out.printf(Locale.ROOT, "slot %d ms; idle governor: time to done median %d ms, max %d ms (%s)%n",
                        WINDOW.toMillis() / LIMIT, median(idle), max(idle), idle);
                System.out.printf(Locale.ROOT, "during a background crawl: median %d ms, max %d ms (%s)%n",
                        median(busy), max(busy), busy);
                System.out.printf(Locale.ROOT, "bulk: %d moves planned and queued in one transaction in %d ms, all done in "
                        + "%.1f s = %.1f per window of %d (%.0f %% of the limit), 429s at the fake: %d; CPU (user+sys) of the "
                        + "test JVM: %d ms%n", bulk.size(), queuedMillis, seconds, perWindow, LIMIT, 100 * perWindow / LIMIT,
                        fake.rateLimitedCount(), cpuMillis() - cpuBefore);
            }
            database.close();
        }
    }

    private static long timeToDone(ActionQueue queue, Action action) throws InterruptedException {
        long started = System.nanoTime();
        while (queue.find(action.id()).orElseThrow().isPending()) {
            Thread.sleep(1);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }
}
