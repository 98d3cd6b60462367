package app.spindle.discogs.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FakeDiscogsRateLimitTest {

    @Test
    void the_moving_window_never_lets_more_than_the_limit_through_in_any_window() throws Exception {
        try (FakeDiscogs fake = FakeDiscogs.builder().collectionSize(20).wantlistSize(5).rateLimit(20, Duration.ofSeconds(2)).start()) {
            FakeApi api = new FakeApi(fake);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                answers.add(pool.submit(() -> api.get("/releases/40000001").status()));
            }
            int ok = 0;
            int limited = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                ok += status == 200 ? 1 : 0;
                limited += status == 429 ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(60, ok + limited);
            assertTrue(limited > 0, "60 quick requests against 20 per 2 s must meet 429s");
            assertEquals(limited, fake.rateLimitedCount());
            List<Instant> accepted = fake.requests().stream().filter(r -> r.status() == 200).map(FakeRequest::at).sorted().toList();
            assertEquals(ok, accepted.size());
            for (int i = 0; i + 20 < accepted.size(); i++) {
                Duration span = Duration.between(accepted.get(i), accepted.get(i + 20));
                assertTrue(span.compareTo(Duration.ofSeconds(2)) >= 0,
                        "21 accepted requests within " + span.toMillis() + " ms");
            }
        }
    }

    @Test
    void a_full_window_refuses_then_recovers_as_old_requests_leave_it() throws Exception {
        try (FakeDiscogs fake = FakeDiscogs.builder().collectionSize(5).wantlistSize(1).rateLimit(5, Duration.ofMillis(800)).start()) {
            FakeApi api = new FakeApi(fake);
            for (int i = 0; i < 5; i++) {
                assertEquals(200, api.get("/releases/40000001").status());
            }
            FakeApi.Answer refused = api.get("/releases/40000001");
            assertEquals(429, refused.status());
            assertEquals("{\"message\":\"You are making requests too quickly.\"}", refused.body());
            assertEquals("5", refused.header("X-Discogs-Ratelimit"));
            assertEquals("5", refused.header("X-Discogs-Ratelimit-Used"));
            assertEquals("0", refused.header("X-Discogs-Ratelimit-Remaining"));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int status;
            do {
                Thread.sleep(50);
                status = api.get("/releases/40000001").status();
            } while (status == 429 && System.nanoTime() < deadline);
            assertEquals(200, status);
        }
    }

    @Test
    void rate_limit_headers_are_on_every_answer_including_204_404_and_429() {
        try (FakeDiscogs fake = FakeDiscogs.builder().collectionSize(5).wantlistSize(2).rateLimit(60, Duration.ofSeconds(60)).start()) {
            FakeApi api = new FakeApi(fake);
            long wanted = fake.account().wantReleaseIds().iterator().next();
            FakeApi.Answer noContent = api.send("DELETE", "/users/" + fake.username() + "/wants/" + wanted, null);
            assertEquals(204, noContent.status());
            assertHeaders(noContent, 60);
            FakeApi.Answer notFound = api.get("/releases/1");
            assertEquals(404, notFound.status());
            assertHeaders(notFound, 60);
            assertEquals("2", notFound.header("X-Discogs-Ratelimit-Used"));
            assertEquals("58", notFound.header("X-Discogs-Ratelimit-Remaining"));
            fake.setRateLimit(2, Duration.ofSeconds(60));
            FakeApi.Answer limited = api.get("/releases/40000001");
            assertEquals(429, limited.status());
            assertHeaders(limited, 2);
        }
    }

    @Test
    void unauthenticated_requests_get_25_of_every_60() {
        try (FakeDiscogs fake = FakeDiscogs.builder().collectionSize(5).wantlistSize(1).rateLimit(60, Duration.ofSeconds(60)).start()) {
            FakeApi api = new FakeApi(fake);
            assertEquals("25", api.anonymous("/releases/40000001").header("X-Discogs-Ratelimit"));
            assertEquals("60", api.get("/releases/40000001").header("X-Discogs-Ratelimit"));
            fake.setRateLimit(24, Duration.ofSeconds(60));
            assertEquals("10", api.anonymous("/releases/40000001").header("X-Discogs-Ratelimit"));
        }
    }

    private static void assertHeaders(FakeApi.Answer answer, int limit) {
        assertEquals(String.valueOf(limit), answer.header("X-Discogs-Ratelimit"));
        assertNotNull(answer.header("X-Discogs-Ratelimit-Used"));
        assertNotNull(answer.header("X-Discogs-Ratelimit-Remaining"));
    }
}
