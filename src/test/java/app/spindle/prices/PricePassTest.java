package app.spindle.prices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.FakeRequest;
import app.spindle.testing.Eventually;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricePassTest {
    @TempDir
    Path dir;

    private static FakeDiscogs fake(int collection, int wants, int limit, Duration window) {
        return FakeDiscogs.builder().seed(42).collectionSize(collection).wantlistSize(wants).folders(2)
                .rateLimit(limit, window).start();
    }

    static int busiestWindow(List<FakeRequest> requests, Duration window) {
        List<Instant> at = requests.stream().map(FakeRequest::at).sorted().toList();
        int busiest = 0;
        int first = 0;
        for (int last = 0; last < at.size(); last++) {
            while (!at.get(first).isAfter(at.get(last).minus(window))) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
        }
        return busiest;
    }

    @Test
    void a_pass_over_1000_wants_asks_once_per_want_within_its_share_while_a_sync_runs_and_a_second_pass_costs_nothing()
            throws Exception {
        // 800 a window rather than 400 halves the pass's wait (1,000 wants at a fifth of the limit: 13 s instead of
        // 25 s); the share, once per want, no 429 and the sync beside it are asserted as before
        Duration window = Duration.ofSeconds(2);
        int limit = 800;
        try (PriceFixture f = new PriceFixture(fake(150, 1000, limit, window), dir, limit, window, Clock.systemUTC())) {
            assertTrue(f.sync.runListing("test").succeeded());
            long wants = f.count("SELECT count(*) FROM wants");
            assertEquals(1000, wants);
            f.fake.resetRequestLog();

            Thread sync = new Thread(() -> f.sync.run("test"));
            sync.start();
            int sent = f.pass().run();
            // what is proved here is the pass beside a running sync; the sync's remaining releases would only cost
            // time, so it stops where the pass ended (it stops at its next release, and is joined before counting)
            f.sync.requestStop();
            sync.join(300_000);

            Map<String, Long> perRelease = f.statsRequests().stream()
                    .collect(Collectors.groupingBy(FakeRequest::path, Collectors.counting()));
            assertEquals(wants, perRelease.size(), "every want asked for");
            assertTrue(perRelease.values().stream().allMatch(n -> n == 1), "each exactly once");
            assertEquals(wants + 1, sent, "one request a want, plus the collection's value");
            assertEquals(wants, f.count("SELECT count(*) FROM price_observations"));
            int share = (int) (limit * 0.2);
            int busiest = busiestWindow(f.priceLaneRequests(), window);
            assertTrue(busiest <= share, "busiest window of the price lane held " + busiest + " > " + share);
            assertEquals(0, f.fake.rateLimitedCount(), "no 429");
            Instant firstPrice = f.statsRequests().get(0).at();
            Instant lastPrice = f.statsRequests().get(f.statsRequests().size() - 1).at();
            long syncMeanwhile = f.fake.requests().stream().filter(r -> r.path().startsWith("/releases/"))
                    .filter(r -> r.at().isAfter(firstPrice) && r.at().isBefore(lastPrice)).count();
            assertTrue(syncMeanwhile > 100, "the sync ran during the pass: " + syncMeanwhile + " release requests");

            long before = f.fake.requestCount();
            assertEquals(0, f.pass().run(), "a second pass the same day");
            assertEquals(before, f.fake.requestCount());
        }
    }

    @Test
    void a_pass_stopped_midway_resumes_with_only_what_is_left() throws Exception {
        Duration window = Duration.ofSeconds(1);
        try (PriceFixture f = new PriceFixture(fake(20, 200, 1000, window), dir, 1000, window, Clock.systemUTC())) {
            f.sync.runListing("test");
            f.fake.resetRequestLog();
            PricePass first = f.pass();
            Thread running = new Thread(first::run);
            running.start();
            Eventually.waitFor(() -> f.count("SELECT count(*) FROM price_observations"), n -> n >= 40, Duration.ofSeconds(60));
            first.stop();
            running.join(30_000);
            long seen = f.count("SELECT count(*) FROM price_observations");
            assertTrue(seen < 200, "stopped midway at " + seen);

            f.pass().run();
            Map<String, Long> perRelease = f.statsRequests().stream()
                    .collect(Collectors.groupingBy(FakeRequest::path, Collectors.counting()));
            assertEquals(200, perRelease.size());
            assertTrue(perRelease.values().stream().allMatch(n -> n == 1), "nothing asked twice: " + perRelease);
            assertEquals(200, f.count("SELECT count(*) FROM price_observations"));
        }
    }

    @Test
    void wants_with_a_target_are_asked_for_first_and_a_new_currency_makes_every_want_due_again() {
        Duration window = Duration.ofSeconds(1);
        try (PriceFixture f = new PriceFixture(fake(10, 30, 1000, window), dir, 1000, window, Clock.systemUTC())) {
            f.sync.runListing("test");
            List<Long> wanted = f.database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT release_id FROM wants ORDER BY release_id DESC").mapTo(Long.class).list());
            long targeted = wanted.get(0);
            new PriceTargets(f.database.jdbi(), f.clock).set(targeted, 5.0, "USD", false);
            f.fake.resetRequestLog();
            f.pass().run();
            assertEquals("/marketplace/stats/" + targeted, f.statsRequests().get(0).path());

            new PricePreferences(f.database.jdbi()).save("EUR", "20");
            f.fake.resetRequestLog();
            f.pass().run();
            assertEquals(30, f.statsRequests().size());
            assertTrue(f.statsRequests().stream().allMatch(r -> r.query().contains("curr_abbr=EUR")));
            assertEquals("EUR", new PriceHistory(f.database.jdbi()).latest(targeted).orElseThrow().currency());
        }
    }

    @Test
    void history_keeps_every_observation_and_remembers_the_price_a_week_before() {
        app.spindle.discogs.fake.MutableClock clock = new app.spindle.discogs.fake.MutableClock();
        Duration window = Duration.ofSeconds(1);
        try (PriceFixture f = new PriceFixture(fake(10, 5, 1000, window), dir, 1000, window, clock)) {
            f.sync.runListing("test");
            long id = f.database.jdbi().withHandle(h -> h.createQuery("SELECT min(release_id) FROM wants")
                    .mapTo(Long.class).one());
            f.fake.marketplace().setListing(id, 4, 30.0);
            f.pass().run();
            for (int day = 1; day <= 8; day++) {
                clock.advance(Duration.ofDays(1));
                f.fake.marketplace().setListing(id, 4 + day, 30.0 - day);
                f.pass().run();
            }
            PriceHistory history = new PriceHistory(f.database.jdbi());
            assertEquals(9, history.of(id).size());
            LatestPrice latest = history.latest(id).orElseThrow();
            assertEquals(22.0, latest.lowestPrice());
            assertEquals(12, latest.numForSale());
            assertEquals(29.0, latest.weekAgoPrice(), "the observation seven days before the latest");
        }
    }
}
