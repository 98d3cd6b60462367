package app.spindle.prices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.FakeRequest;
import app.spindle.testing.ChildJvm;
import app.spindle.testing.Eventually;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A price pass killed with SIGKILL mid-way: the next pass asks only for what was not stored. */
class PricePassKilledTest {
    private static final int WANTS = 300;

    @TempDir
    Path dir;

    @Test
    void a_pass_killed_with_sigkill_resumes_and_never_asks_again_for_a_want_already_priced() throws Exception {
        FakeDiscogs fake = FakeDiscogs.builder().seed(7).collectionSize(20).wantlistSize(WANTS).folders(1)
                .rateLimit(10_000, Duration.ofSeconds(60)).start();
        Duration window = Duration.ofSeconds(60);
        try (PriceFixture f = new PriceFixture(fake, dir, 30_000, window, Clock.systemUTC())) {
            assertTrue(f.sync.runListing("test").succeeded());
            fake.resetRequestLog();
            Process child = ChildJvm.of(PriceChild.class, dir.toString(), fake.baseUrl(), fake.token())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            waitForPrices(f, child, 40);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            child.waitFor();
            int requestsAtKill = fake.requests().size();
            Set<String> pricedAtKill = new HashSet<>(f.database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT '/marketplace/stats/' || release_id FROM latest_prices").mapTo(String.class).list()));
            assertTrue(pricedAtKill.size() < WANTS, "killed mid-pass, at " + pricedAtKill.size());
            assertEquals(1, f.count("SELECT count(*) FROM price_passes WHERE finished_at IS NULL"), "the pass never ended");

            f.pass().run();

            Map<String, Long> asked = f.statsRequests().stream()
                    .collect(Collectors.groupingBy(FakeRequest::path, Collectors.counting()));
            assertEquals(WANTS, asked.size(), "every want priced in the end");
            assertEquals(WANTS, f.count("SELECT count(*) FROM latest_prices"));
            for (String priced : pricedAtKill) {
                assertEquals(1L, asked.get(priced), priced + " was stored before the kill and asked for again");
            }
            List<String> twice = asked.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
            // only the request in flight when the process died can have been answered and never stored
            assertTrue(twice.isEmpty() || twice.size() == 1 && lastAskedBefore(f, requestsAtKill).equals(twice.get(0)),
                    "asked twice: " + twice);
            assertEquals(1, fake.requests().stream().filter(r -> r.path().endsWith("/collection/value")).count(),
                    "the collection's value, stored before the kill, is not asked again");
            assertEquals(1, f.count("SELECT count(*) FROM price_passes WHERE last_error = 'interrupted'"));
            assertEquals(0, f.count("SELECT count(*) FROM price_passes WHERE finished_at IS NULL"));
        }
    }

    private static void waitForPrices(PriceFixture f, Process child, long atLeast) {
        Eventually.until(() -> !child.isAlive() || f.count("SELECT count(*) FROM latest_prices") >= atLeast,
                Duration.ofMinutes(2), () -> "the child pass made no progress");
        assertTrue(child.isAlive(), "the child pass ended before it could be killed");
    }

    private static String lastAskedBefore(PriceFixture f, int requestsAtKill) {
        List<FakeRequest> before = f.fake.requests().subList(0, requestsAtKill);
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).path().startsWith("/marketplace/stats/")) {
                return before.get(i).path();
            }
        }
        return "";
    }
}
