package app.spindle.discogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.Eventually;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PriceLaneTest {
    private final ManualTime time = new ManualTime(1_000_000);

    private RateGovernor governor(int limit, Duration window) {
        return new RateGovernor(new RateWindow(limit, window), time, Pacer.NONE, () -> 0.5);
    }

    private List<Long> pricePass(RateGovernor governor, int requests) throws InterruptedException {
        List<Long> sentAt = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            governor.acquire(Priority.PRICES);
            sentAt.add(time.nowMillis());
        }
        return sentAt;
    }

    @Test
    void the_price_lane_never_takes_more_than_its_share_of_any_window_and_uses_most_of_it() throws Exception {
        RateGovernor governor = governor(60, Duration.ofSeconds(60));
        List<Long> sentAt = pricePass(governor, 100);
        assertEquals(12, governor.priceAllowance());
        assertTrue(RateGovernorTest.busiestWindow(sentAt, 60_000) <= 12,
                "busiest window " + RateGovernorTest.busiestWindow(sentAt, 60_000));
        double perWindow = (sentAt.size() - 1) * 60_000.0 / (sentAt.get(sentAt.size() - 1) - sentAt.get(0));
        assertTrue(perWindow >= 11, "throughput " + perWindow + " per window");
    }

    @Test
    void a_share_the_user_grants_is_the_share_the_lane_gets() throws Exception {
        RateGovernor governor = governor(20, Duration.ofSeconds(2));
        governor.setPriceShare(0.5);
        List<Long> sentAt = pricePass(governor, 60);
        assertEquals(10, governor.priceAllowance());
        assertTrue(RateGovernorTest.busiestWindow(sentAt, 2000) <= 10);
    }

    @Test
    void a_share_of_nothing_allows_no_price_request() {
        RateGovernor governor = governor(60, Duration.ofSeconds(60));
        governor.setPriceShare(0);
        assertEquals(0, governor.priceAllowance());
    }

    @Test
    void the_lane_shrinks_with_the_limit_when_another_client_spends_the_budget() {
        RateGovernor governor = governor(60, Duration.ofSeconds(60));
        governor.onResponse(200, 60, 40, 20, null);
        assertTrue(governor.priceAllowance() < 12, "allowance " + governor.priceAllowance());
    }

    @Test
    void the_sync_and_a_person_both_go_ahead_of_a_waiting_price_request() throws Exception {
        RateGovernor governor = new RateGovernor(10, Duration.ofMillis(1000));
        governor.setPriceShare(0.1);
        governor.acquire(Priority.PRICES);
        List<String> granted = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        // the lane's one request per window is spent: this one waits about a second
        threads.add(RateGovernorTest.started(() -> RateGovernorTest.acquireAs(governor, Priority.PRICES, "prices", granted)));
        Eventually.waitFor(governor::waiting, n -> n == 1, Duration.ofSeconds(5));
        for (int i = 0; i < 3; i++) {
            String name = "sync-" + i;
            threads.add(RateGovernorTest.started(() -> RateGovernorTest.acquireAs(governor, Priority.BACKGROUND, name, granted)));
        }
        threads.add(RateGovernorTest.started(() -> RateGovernorTest.acquireAs(governor, Priority.INTERACTIVE, "person", granted)));
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertEquals(List.of("prices"), granted.subList(4, 5), "prices went last: " + granted);
    }
}
