package app.spindle.discogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.FakeRequest;
import app.spindle.discogs.fake.Fault;
import app.spindle.discogs.model.CollectionPage;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.testing.Eventually;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DiscogsApiClientAgainstFakeTest {

    @Test
    void a_1050_item_collection_pages_completely() {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(7).collectionSize(1050).wantlistSize(10)
                .rateLimit(200, Duration.ofSeconds(1)).start()) {
            DiscogsClient client = new DiscogsClient(FakeDiscogsFixture.api(fake, new RateGovernor(200, Duration.ofSeconds(1))));
            Set<Long> instances = new HashSet<>();
            long started = System.nanoTime();
            int pages = 0;
            int expected = -1;
            for (Iterator<CollectionPage> it = client.collectionPages(0, ListOrder.NEWEST_FIRST); it.hasNext(); ) {
                CollectionPage page = it.next();
                pages++;
                expected = page.pagination().items();
                page.releases().forEach(item -> instances.add(item.instanceId()));
            }
            System.out.printf("[paging] %d collection items in %d pages of 100, %d ms%n", instances.size(), pages,
                    (System.nanoTime() - started) / 1_000_000);
            assertTrue(expected >= 1050, "items: " + expected);
            assertEquals(expected, instances.size());
            assertEquals((expected + 99) / 100, pages);
            assertEquals(fake.account().instanceCount(), instances.size());
        }
    }

    /**
     * Three full windows: every moving window from the first full one to the last is measured, two window edges are
     * crossed, and the rate is the steady one (the pacer spaces requests evenly from the first). 100 requests (five
     * windows, 10 s of waiting) proved no more. The window stays 2 s: the governor's 5 % margin is then 100 ms, more
     * than a loaded machine's delay between a request leaving and the fake logging it.
     */
    private static final int REQUESTS = 60;

    @Test
    void no_moving_window_holds_more_than_the_limit_and_the_governor_does_not_idle() {
        Duration window = Duration.ofSeconds(2);
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(3).collectionSize(50).wantlistSize(5)
                .rateLimit(20, window).start()) {
            DiscogsApiClient api = FakeDiscogsFixture.api(fake, new RateGovernor(20, window));
            DiscogsClient client = new DiscogsClient(api);
            List<Long> ids = fake.releaseIds().stream().limit(REQUESTS).toList();
            client.identity();
            fake.resetRequestLog();
            long started = System.nanoTime();
            for (int i = 0; i < REQUESTS; i++) {
                client.release(ids.get(i % ids.size()));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            List<FakeRequest> log = fake.requests();
            int busiest = FakeDiscogsFixture.busiestWindow(log, window);
            Duration span = Duration.between(log.get(0).at(), log.get(log.size() - 1).at());
            double perWindow = (log.size() - 1) * (double) window.toMillis() / span.toMillis();
            System.out.printf("[governor] limit 20 per 2 s, %d requests in %.2f s: %.2f per window (%.1f %% of the limit),"
                    + " busiest window %d, 429s %d%n", REQUESTS, seconds, perWindow, perWindow * 5, busiest,
                    fake.rateLimitedCount());
            assertTrue(busiest <= 20, "busiest window " + busiest);
            // The 90 % target is a speed figure, proven in BENCHMARKS.md (93.9 % on this test's printed line);
            // here only a bound that a loaded CI machine cannot break by accident: the governor never idles.
            assertTrue(perWindow >= 12, "throughput " + perWindow + " per window");
            assertEquals(0, fake.rateLimitedCount());
        }
    }

    @Test
    void two_processes_on_one_ip_share_the_budget_and_recover_from_the_few_429s() throws Exception {
        Duration window = Duration.ofSeconds(2);
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(4).collectionSize(50).wantlistSize(5)
                .rateLimit(20, window).start()) {
            List<Long> ids = fake.releaseIds();
            DiscogsApiClient first = FakeDiscogsFixture.api(fake, new RateGovernor(20, window));
            DiscogsApiClient second = FakeDiscogsFixture.api(fake, new RateGovernor(20, window));
            long started = System.nanoTime();
            // 30 each: the two crawls share the budget for three to four windows (40 each took 11 s and proved no more)
            Thread other = new Thread(() -> crawl(new DiscogsClient(second), ids, 30));
            other.start();
            crawl(new DiscogsClient(first), ids, 30);
            other.join();
            double seconds = (System.nanoTime() - started) / 1e9;
            long answered = fake.requestCount() - fake.rateLimitedCount();
            System.out.printf("[sharing] two clients, limit 20 per 2 s: 60 releases in %.2f s (%.1f per window together),"
                    + " 429s %d (client A %d, client B %d), busiest window %d%n", seconds, answered * 2 / seconds,
                    fake.rateLimitedCount(), first.counters().rateLimited(), second.counters().rateLimited(),
                    FakeDiscogsFixture.busiestWindow(fake.requests(), window));
            assertTrue(fake.rateLimitedCount() <= 16, "429s: " + fake.rateLimitedCount());
        }
    }

    private static void crawl(DiscogsClient client, List<Long> ids, int count) {
        for (int i = 0; i < count; i++) {
            client.release(ids.get(i % ids.size()));
        }
    }

    @Test
    void server_errors_timeouts_dropped_connections_bad_bodies_and_429s_are_recovered_from() {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(5).collectionSize(20).wantlistSize(5)
                .rateLimit(100, Duration.ofSeconds(1)).start()) {
            fake.faults().setSlowTimeoutHold(Duration.ofSeconds(4));
            DiscogsApiClient api = FakeDiscogsFixture.api(fake, new RateGovernor(100, Duration.ofSeconds(1)));
            DiscogsClient client = new DiscogsClient(api);
            long id = fake.releaseIds().get(0);
            Fault[][] scripts = {
                    {Fault.SERVER_ERROR, Fault.QUERY_TIMEOUT_500},
                    {Fault.TRUNCATED_JSON},
                    {Fault.HTML_CHALLENGE_403},
                    {Fault.DROP_CONNECTION},
                    {Fault.SLOW_TIMEOUT},
                    {Fault.RATE_LIMITED_429, Fault.RATE_LIMITED_429, Fault.RATE_LIMITED_429},
            };
            for (Fault[] script : scripts) {
                fake.faults().script(script);
                DiscogsRelease release = client.release(id);
                assertEquals(id, release.id(), "recovered from " + List.of(script));
            }
            System.out.printf("[faults] all recovered: %d requests, %d answered 429%n",
                    api.counters().requests(), api.counters().rateLimited());
            assertEquals(3, api.counters().rateLimited());
        }
    }

    @Test
    void a_server_that_keeps_failing_ends_as_unavailable_after_bounded_attempts() {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(5).collectionSize(5).wantlistSize(1)
                .rateLimit(100, Duration.ofSeconds(1)).start()) {
            DiscogsApiClient api = FakeDiscogsFixture.api(fake, new RateGovernor(100, Duration.ofSeconds(1)));
            fake.faults().script(Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR);
            long before = fake.requestCount();
            DiscogsException e = assertThrows(DiscogsException.Unavailable.class,
                    () -> new DiscogsClient(api).release(fake.releaseIds().get(0)));
            assertEquals(4, fake.requestCount() - before);
            assertTrue(e.getMessage().contains("/releases/"), e.getMessage());
        }
    }

    @Test
    void a_post_is_not_retried_after_a_server_error() {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(5).collectionSize(5).wantlistSize(1)
                .rateLimit(100, Duration.ofSeconds(1)).start()) {
            DiscogsClient client = new DiscogsClient(FakeDiscogsFixture.api(fake, new RateGovernor(100, Duration.ofSeconds(1))));
            client.identity();
            long release = fake.releaseIds().get(fake.releaseIds().size() - 1);
            int before = fake.account().instanceCount();
            fake.faults().script(Fault.SERVER_ERROR);
            assertThrows(DiscogsException.Unavailable.class, () -> client.addToCollection(release, 1));
            fake.faults().script(Fault.RATE_LIMITED_429);
            client.addToCollection(release, 1);
            assertEquals(before + 1, fake.account().instanceCount(), "added once, after the 429 only");
        }
    }

    @Test
    void a_revoked_token_surfaces_as_unauthorized_and_asks_for_reconnecting() {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(5).collectionSize(5).wantlistSize(1)
                .rateLimit(100, Duration.ofSeconds(1)).start()) {
            DiscogsApiClient api = FakeDiscogsFixture.api(fake, new RateGovernor(100, Duration.ofSeconds(1)));
            CredentialStore store = new CredentialStore.InMemory();
            DiscogsAuth auth = new DiscogsAuth(api, store, null);
            auth.connectWithToken(fake.token());
            assertTrue(auth.isAuthenticated());
            AtomicBoolean told = new AtomicBoolean();
            api.onUnauthorized(() -> told.set(true));
            api.useCredentials(new DiscogsCredentials.PersonalToken("revoked-token-123"));
            DiscogsException e = assertThrows(DiscogsException.Unauthorized.class,
                    () -> new DiscogsClient(api).folders());
            assertTrue(told.get());
            assertTrue(auth.state().needsReconnect());
            assertFalse(auth.isAuthenticated());
            assertFalse(e.getMessage().contains("revoked-token-123"), e.getMessage());
        }
    }

    @Test
    void a_missing_release_is_not_found_and_the_message_names_the_path_not_the_token() {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(5).collectionSize(5).wantlistSize(1)
                .rateLimit(100, Duration.ofSeconds(1)).start()) {
            DiscogsApiClient api = FakeDiscogsFixture.api(fake, new RateGovernor(100, Duration.ofSeconds(1)));
            DiscogsException e = assertThrows(DiscogsException.NotFound.class,
                    () -> api.get("/releases/999999999", java.util.Map.of("token", fake.token()),
                            Priority.BACKGROUND, body -> body));
            assertTrue(e.getMessage().contains("/releases/999999999"), e.getMessage());
            assertFalse(e.getMessage().contains(fake.token()), e.getMessage());
        }
    }

    @Test
    void an_interactive_call_during_a_long_background_crawl_completes_within_two_request_slots() throws Exception {
        Duration window = Duration.ofSeconds(2);
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(9).collectionSize(2000).wantlistSize(5)
                .rateLimit(20, window).start()) {
            RateGovernor governor = new RateGovernor(20, window);
            DiscogsClient client = new DiscogsClient(FakeDiscogsFixture.api(fake, governor));
            client.identity();
            List<Long> ids = fake.releaseIds();
            AtomicBoolean crawling = new AtomicBoolean(true);
            Thread crawl = new Thread(() -> {
                for (int i = 0; crawling.get() && i < ids.size(); i++) {
                    client.withPriority(Priority.BACKGROUND).release(ids.get(i));
                }
            });
            crawl.start();
            Eventually.until(() -> fake.requestCount() >= 12, Duration.ofSeconds(60),
                    () -> "the crawl made " + fake.requestCount() + " requests");
            long slotMillis = governor.spacing().toMillis();
            Instant asked = Instant.now();
            long started = System.nanoTime();
            client.withPriority(Priority.INTERACTIVE).marketplaceStats(ids.get(0));
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            crawling.set(false);
            crawl.join();
            List<FakeRequest> log = fake.requests();
            FakeRequest interactive = log.stream().filter(r -> r.path().startsWith("/marketplace/")).findFirst().orElseThrow();
            long backgroundInBetween = log.stream().filter(r -> r.path().startsWith("/releases/")
                    && r.at().isAfter(asked) && r.at().isBefore(interactive.at())).count();
            System.out.printf("[priority] interactive call during a crawl: %d ms (slot %d ms), %d background requests went first%n", tookMillis, slotMillis, backgroundInBetween);
            assertTrue(backgroundInBetween <= 1, "background requests ahead: " + backgroundInBetween);
            assertTrue(tookMillis <= 2 * slotMillis + 1000, "took " + tookMillis + " ms");
        }
    }
}
