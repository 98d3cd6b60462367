package app.spindle.mirror;

import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.testing.Folders;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * CPU of {@link ReleaseWriter#writeDetails} a release, as the sync calls it: 60 fetched releases written again and
 * again, first each on a connection of its own, then all in one handle's scope, then in one
 * {@link ReleaseWriter.Session} (what {@code sync.Details} does), with the heap after each round (it must not grow). Then what a connection alone costs: a one-row query on a new
 * connection against one kept open.
 * {@code src/bench/run.sh -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
 * app.spindle.mirror.ReleaseWriteCost 6}
 */
final class ReleaseWriteCost {
    private ReleaseWriteCost() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<DiscogsClient.ReleaseDocument> releases = new ArrayList<>();
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(42).collectionSize(60).wantlistSize(0)
                .rateLimit(60_000, Duration.ofSeconds(60)).latency(Duration.ZERO).start()) {
            DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults(fake.baseUrl()),
                    new RateGovernor(60_000, Duration.ofSeconds(60)), new DiscogsModels());
            api.useCredentials(new DiscogsCredentials.PersonalToken(fake.token()));
            DiscogsClient client = new DiscogsClient(api);
            for (long id : fake.account().collectionReleaseIds()) {
                releases.add(client.releaseDocument(id));
            }
        }
        Database database = Database.open(Folders.temporary("write-cost"));
        ReleaseWriter writer = new Mirror(database, Clock.systemUTC()).releaseWriter();
        for (int r = 0; r < rounds; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            releases.forEach(d -> writer.writeDetails(d.release(), d.json()));
            System.out.printf("a release on its own connection: %.2f ms CPU%n", (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / releases.size());
        }
        database.jdbi().useHandle(h -> {
            h.getConfig(SqlStatements.class).setAttachAllStatementsForCleanup(false);
            for (int r = 0; r < rounds; r++) {
                long cpu = threads.getCurrentThreadCpuTime();
                releases.forEach(d -> writer.writeDetails(d.release(), d.json()));
                long used = threads.getCurrentThreadCpuTime() - cpu;
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                System.out.printf("a release in one handle's scope: %.2f ms CPU, heap %d MB%n", used / 1e6 / releases.size(),
                        (runtime.totalMemory() - runtime.freeMemory()) >> 20);
            }
        });
        database.jdbi().useHandle(h -> {
            try (ReleaseWriter.Session writes = writer.session(h)) {
                for (int r = 0; r < rounds; r++) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    releases.forEach(d -> writes.writeDetails(d.release(), d.json()));
                    long used = threads.getCurrentThreadCpuTime() - cpu;
                    System.gc();
                    Runtime runtime = Runtime.getRuntime();
                    System.out.printf("a release in one session (the sync's details phase): %.2f ms CPU, heap %d MB%n",
                            used / 1e6 / releases.size(), (runtime.totalMemory() - runtime.freeMemory()) >> 20);
                }
            }
        });
        String query = "SELECT count(*) FROM releases WHERE id = 5";
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < 500; i++) {
            database.jdbi().withHandle(h -> h.createQuery(query).mapTo(Integer.class).one());
        }
        long fresh = threads.getCurrentThreadCpuTime() - cpu;
        long kept = database.jdbi().withHandle(h -> {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 500; i++) {
                h.createQuery(query).mapTo(Integer.class).one();
            }
            return threads.getCurrentThreadCpuTime() - start;
        });
        System.out.printf("a query on a new connection: %.3f ms CPU, on one kept open: %.3f ms%n", fresh / 500e6, kept / 500e6);
    }
}
