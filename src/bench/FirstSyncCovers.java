// A first sync with covers paced as for the real Discogs (Pace.GENTLE: 200 a run, 0.5 s apart) against an
// in-process FakeDiscogs whose rate limit is `rate` a minute; prints when details ended and when the run did.
//   java -cp target/spindle.jar src/bench/FirstSyncCovers.java ITEMS WANTS RATE DATA_DIR
import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.sync.CoverImages;
import app.spindle.sync.SyncPolicy;
import app.spindle.sync.SyncResult;
import app.spindle.sync.SyncRunner;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

public class FirstSyncCovers {
    public static void main(String[] a) throws Exception {
        int items = Integer.parseInt(a[0]), wants = Integer.parseInt(a[1]), rate = Integer.parseInt(a[2]);
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(42).collectionSize(items).wantlistSize(wants)
                .includeRealReleases(false).rateLimit(rate, Duration.ofSeconds(60)).start()) {
            Database database = Database.open(Path.of(a[3]));
            DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults(fake.baseUrl()),
                    new RateGovernor(rate, Duration.ofSeconds(60)), new DiscogsModels());
            api.useCredentials(new DiscogsCredentials.PersonalToken(fake.token()));
            SyncRunner runner = new SyncRunner(api, new DiscogsClient(api), new Mirror(database, Clock.systemUTC()),
                    new SyncPolicy(Duration.ofDays(30), Duration.ofDays(1), 0.05, 50), Clock.systemUTC(), api::download,
                    CoverImages.Pace.GENTLE);
            long start = System.nanoTime();
            AtomicLong detailsEnded = new AtomicLong();
            runner.progress().onChange(s -> {
                if (detailsEnded.get() == 0 && "images".equals(s.phase())) {
                    detailsEnded.set(System.nanoTime());
                }
            });
            SyncResult result = runner.run("bench");
            long end = System.nanoTime();
            long covers = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM cover_images WHERE local_file IS NOT NULL").mapTo(Long.class).one());
            double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
            System.out.printf("BENCH %s: %d requests, %d releases fetched, %d covers; details ended at %.1f s, run ended at %.1f s;"
                            + " process CPU %.1f s%n", result.outcome(), result.requests(), result.releasesFetched(), covers,
                    (detailsEnded.get() - start) / 1e9, (end - start) / 1e9, cpu);
        }
    }
}
