package app.spindle.discogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.Eventually;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RateGovernorTest {
    private final ManualTime time = new ManualTime(1_000_000);

    private RateGovernor governor(RateWindow window) {
        return new RateGovernor(window, time, Pacer.NONE, () -> 0.5);
    }

    private List<Long> crawl(RateGovernor governor, int requests) throws InterruptedException {
        List<Long> sentAt = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            governor.acquire(Priority.BACKGROUND);
            sentAt.add(time.nowMillis());
        }
        return sentAt;
    }

    static int busiestWindow(List<Long> sentAt, long windowMillis) {
        int busiest = 0;
        for (int i = 0; i < sentAt.size(); i++) {
            long end = sentAt.get(i);
            int inWindow = 0;
            for (long at : sentAt) {
                if (at > end - windowMillis && at <= end) {
                    inWindow++;
                }
            }
            busiest = Math.max(busiest, inWindow);
        }
        return busiest;
    }

    @Test
    void no_moving_window_ever_holds_more_than_the_limit_and_throughput_stays_above_90_percent() throws Exception {
        RateGovernor governor = governor(new RateWindow(20, Duration.ofSeconds(2)));
        List<Long> sentAt = crawl(governor, 300);
        assertTrue(busiestWindow(sentAt, 2000) <= 20, "busiest window " + busiestWindow(sentAt, 2000));
        double perWindow = (sentAt.size() - 1) * 2000.0 / (sentAt.get(sentAt.size() - 1) - sentAt.get(0));
        assertTrue(perWindow >= 18, "throughput " + perWindow + " per window");
    }

    @Test
    void requests_are_spread_evenly_not_burst() throws Exception {
        RateGovernor governor = governor(new RateWindow(60, Duration.ofSeconds(60)));
        List<Long> sentAt = crawl(governor, 10);
        for (int i = 1; i < sentAt.size(); i++) {
            assertEquals(1050, sentAt.get(i) - sentAt.get(i - 1), "gap before request " + i);
        }
    }

    @Test
    void a_window_boundary_never_lets_a_second_full_budget_through() throws Exception {
        // 60 sent in the first half minute (e.g. by a previous run), then the governor must wait for them to age out
        RateWindow window = new RateWindow(60, Duration.ofSeconds(60));
        for (int i = 0; i < 60; i++) {
            window.recordSend(time.nowMillis() + i * 500L);
        }
        time.advance(30_000);
        RateGovernor governor = governor(window);
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            all.add(1_000_000 + i * 500L);
        }
        all.addAll(crawl(governor, 60));
        assertTrue(busiestWindow(all, 60_000) <= 60, "busiest window " + busiestWindow(all, 60_000));
    }

    @Test
    void the_limit_announced_by_the_server_is_adopted() throws Exception {
        RateGovernor governor = governor(new RateWindow(60, Duration.ofSeconds(60)));
        governor.onResponse(200, 240, 1, 239, null);
        assertEquals(240, governor.limit());
        assertEquals(Duration.ofMillis(262), governor.spacing());
        governor.onResponse(200, 25, 2, 23, null);
        assertEquals(25, governor.limit());
    }

    @Test
    void a_low_remaining_count_at_full_speed_is_no_reason_to_brake() throws Exception {
        RateGovernor governor = governor(new RateWindow(60, Duration.ofSeconds(60)));
        List<Long> sentAt = crawl(governor, 59);
        governor.onResponse(200, 60, 59, 1, null);
        assertEquals(60, governor.effectiveLimit());
        governor.acquire(Priority.BACKGROUND);
        assertEquals(1050, time.nowMillis() - sentAt.get(sentAt.size() - 1));
    }

    @Test
    void another_client_spending_the_budget_gets_its_share() throws Exception {
        RateGovernor governor = governor(new RateWindow(60, Duration.ofSeconds(60)));
        crawl(governor, 10);
        governor.onResponse(200, 60, 40, 20, null);
        // 40 used, 10 ours, 1 of slack: 29 are someone else's; a tenth of the limit is kept free
        assertEquals(60 - 29 - 6, governor.effectiveLimit());
        assertEquals(Duration.ofMillis(63_000 / 25), governor.spacing());
        // the other client stops: the share is given back
        governor.onResponse(200, 60, 10, 50, null);
        assertEquals(60, governor.effectiveLimit());
    }

    @Test
    void a_429_whose_headers_show_a_full_window_we_did_not_fill_yields_to_the_other_client() throws Exception {
        RateGovernor governor = governor(new RateWindow(60, Duration.ofSeconds(60)));
        governor.acquire(Priority.BACKGROUND);
        governor.onResponse(429, 60, 60, 0, null);
        assertEquals(1, governor.effectiveLimit());
    }

    @Test
    void after_429s_the_governor_backs_off_exponentially_then_resumes() throws Exception {
        RateGovernor governor = governor(new RateWindow(60, Duration.ofSeconds(60)));
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            governor.acquire(Priority.BACKGROUND);
            long at = time.nowMillis();
            governor.onResponse(429, null, null, null, null);
            governor.acquire(Priority.BACKGROUND);
            waits.add(time.nowMillis() - at);
            governor.onResponse(429, null, null, null, null);
        }
        for (int i = 1; i < waits.size(); i++) {
            assertTrue(waits.get(i) > waits.get(i - 1), "waits grow: " + waits);
        }
        governor.acquire(Priority.BACKGROUND);
        governor.onResponse(200, null, null, null, null);
        long before = time.nowMillis();
        governor.acquire(Priority.BACKGROUND);
        assertTrue(time.nowMillis() - before <= 1050, "resumed at normal spacing");
    }

    @Test
    void retry_after_is_honoured() throws Exception {
        RateGovernor governor = governor(new RateWindow(60, Duration.ofSeconds(60)));
        governor.acquire(Priority.BACKGROUND);
        long at = time.nowMillis();
        governor.onResponse(429, null, null, null, Duration.ofSeconds(7));
        governor.acquire(Priority.BACKGROUND);
        assertEquals(7000, time.nowMillis() - at);
    }

    @Test
    void an_interactive_request_takes_the_next_free_slot_ahead_of_waiting_background_work() throws Exception {
        // slots 300 ms apart: wide enough that all five background requests queue up even on a loaded machine
        RateGovernor governor = new RateGovernor(10, Duration.ofMillis(3000));
        governor.acquire(Priority.BACKGROUND);
        List<String> granted = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "background-" + i;
            threads.add(started(() -> acquireAs(governor, Priority.BACKGROUND, name, granted)));
        }
        // bounded: a spin that never ended here once held a test JVM (and a core) for half an hour
        Eventually.until(() -> governor.waiting() == 5, Duration.ofSeconds(30),
                () -> "five background requests waiting; granted already: " + granted);
        threads.add(started(() -> acquireAs(governor, Priority.INTERACTIVE, "interactive", granted)));
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertEquals(6, granted.size(), "all granted: " + granted);
        assertTrue(granted.indexOf("interactive") <= 1, "interactive within two slots: " + granted);
    }

    static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    static void acquireAs(RateGovernor governor, Priority priority, String name, List<String> granted) {
        try {
            governor.acquire(priority);
            granted.add(name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
