package app.spindle.browser;

import app.spindle.Spindle;
import app.spindle.testing.Folders;
import app.spindle.testing.SyncedAccount;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Not part of the suite: what the browser tests' Chromium spends (the CPU of this JVM's child processes) to start, to
 * load the main pages, to idle, and (with -Dcost.axe=true) to run AxeBrowserTest's two axe passes on the heaviest
 * pages with or without axe's noHtml, so Chromium's flags and the axe passes are chosen by a measurement.
 * With -Dcost.polling=200,500 it also measures a Selenide wait of 10 s that never comes true, checked every 200 and every
 * 500 ms: what the checks of a condition cost while a test waits. With -Dcost.metrics=true, each page's share of the
 * renderer's main thread (script, style, layout); with -Dcost.frames=true, whether the browser still draws: lazy covers
 * loaded, an animation frame and an intersection observer fired. A flag that makes pages cheaper by not drawing them
 * (--disable-threaded-compositing in headless: no frame at all, BENCHMARKS.md round 19) fails that check.
 *   src/bench/run.sh [-Dcost.rounds=2] [-Dcost.pages=/healthz,/settings] [-Dcost.axe=true [-Dcost.axe.nohtml=true]] [-Dcost.polling=200,500] [-Dcost.metrics=true] [-Dcost.frames=true] [-Dspindle.chromium.flags='--flag …'] app.spindle.browser.ChromiumCost
 */
class ChromiumCost {
    /** The main pages, or those of -Dcost.pages=/a,/b (e.g. /healthz alone: what any navigation costs). */
    private static final List<String> PAGES = System.getProperty("cost.pages") != null
            ? List.of(System.getProperty("cost.pages").split(","))
            : List.of("/collection?view=grid", "/collection?view=list", "/wantlist", "/tracks?q=gonna", "/search?q=the",
                    "/stats", "/settings", "/releases/249504");

    public static void main(String[] args) throws Exception {
        try {
            measure();
        } finally {
            System.exit(0); // Selenide closes Chromium at exit; a failed start leaves non-daemon threads behind
        }
    }

    private static void measure() throws Exception {
        int rounds = Integer.getInteger("cost.rounds", 3);
        Path dir = Folders.temporary("spindle-chromium-cost");
        try (SyncedAccount account = SyncedAccount.sync(dir, 60, 20); Spindle spindle = account.startSpindle()) {
            long t0 = childTicks();
            Chromium.use(spindle.port());
            Selenide.open("/healthz");
            long t1 = childTicks();
            report("start and /healthz", t1 - t0, 1);
            for (int round = 0; round < rounds; round++) {
                for (String page : PAGES) {
                    Selenide.open(page);
                    Chromium.waitUntilSettled();
                }
            }
            long t2 = childTicks();
            report("page loads", t2 - t1, rounds * PAGES.size());
            Selenide.open("about:blank");
            Thread.sleep(10_000);
            long t3 = childTicks();
            report("10 s on about:blank", t3 - t2, 1);
            Selenide.open("/collection?view=grid");
            Thread.sleep(10_000);
            long t4 = childTicks();
            report("/collection and 10 s on it", t4 - t3, 1);
            for (String every : System.getProperty("cost.polling", "").split(",")) {
                if (!every.isBlank()) {
                    waitPolling(Long.parseLong(every.trim()));
                }
            }
            if (Boolean.getBoolean("cost.axe")) {
                axe();
            }
            if (Boolean.getBoolean("cost.metrics")) {
                metrics(rounds);
            }
            if (Boolean.getBoolean("cost.frames")) {
                frames();
            }
        }
    }

    /**
     * The suite's full axe pass, then its colour pass, on each page, with noHtml if -Dcost.axe.nohtml=true: Chromium's
     * CPU and axe's time (axe.configure can turn noHtml on but not off again, so one JVM measures one of the two).
     */
    private static void axe() throws IOException {
        String source;
        try (InputStream in = ChromiumCost.class.getResourceAsStream("/axe/axe.min.js")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        WebDriverRunner.getWebDriver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        String options = System.getProperty("cost.axe.options", "");
        boolean noHtml = Boolean.getBoolean("cost.axe.nohtml");
        long total = 0;
        for (String page : List.of("/collection?view=grid", "/collection?view=list", "/wantlist", "/releases/249504",
                "/settings", "/collection?view=grid")) {
            Selenide.open(page);
            Selenide.executeJavaScript(source);
            for (String rules : List.of("{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}",
                    "{type: 'rule', values: ['color-contrast', 'link-in-text-block']}")) {
                long before = childTicks();
                Number ms = (Number) Selenide.executeAsyncJavaScript("""
                        var done = arguments[arguments.length - 1];
                        axe.configure({noHtml: %s});
                        var t = performance.now();
                        axe.run(document, {runOnly: %s, resultTypes: ['violations'] %s})
                          .then(function () { done(performance.now() - t); });
                        """.formatted(noHtml, rules, options));
                long spent = childTicks() - before;
                System.out.printf("axe %-24s %-10s noHtml=%-5s %6.0f ms, Chromium %5.2f s CPU   load %s%n", page,
                        rules.contains("tag") ? "all rules" : "colours", noHtml, ms.doubleValue(), spent / 100.0, loadAverage());
                total += spent;
            }
        }
        System.out.printf("axe in all, noHtml=%s: Chromium %.2f s CPU%n", noHtml, total / 100.0);
    }

    /**
     * What the renderer's main thread does for each page, from Chromium's own counters (DevTools' Performance domain,
     * cumulative seconds): all its tasks, then script, style and layout within them, averaged over the rounds.
     */
    private static void metrics(int rounds) {
        Chromium.cdp("Performance.enable", Map.of());
        for (String page : PAGES) {
            double[] sum = new double[4];
            long ticks = 0;
            for (int round = 0; round < rounds; round++) {
                Selenide.open("about:blank");
                double[] before = counters();
                long t0 = childTicks();
                Selenide.open(page);
                Chromium.waitUntilSettled();
                ticks += childTicks() - t0;
                double[] after = counters();
                for (int i = 0; i < 4; i++) {
                    sum[i] += after[i] - before[i];
                }
            }
            System.out.printf("%-28s Chromium %5.3f s CPU; main thread: tasks %5.3f s, script %5.3f, style %5.3f, layout %5.3f%n",
                    page, ticks / 100.0 / rounds, sum[0] / rounds, sum[1] / rounds, sum[2] / rounds, sum[3] / rounds);
        }
    }

    /** Lazy images, animation frames and intersection observers all wait for the browser to draw a frame. */
    private static void frames() throws InterruptedException {
        Selenide.open("/collection?view=grid");
        Thread.sleep(2000); // a bench, not a test: give the visible covers time to arrive
        System.out.println("images loaded: " + Selenide.executeJavaScript(
                "return [...document.images].filter(i => i.complete && i.naturalWidth > 0).length + ' of ' + document.images.length"));
        System.out.println("animation frame: " + Selenide.executeAsyncJavaScript(
                "var done = arguments[arguments.length - 1]; requestAnimationFrame(function (t) { done('fired at ' + t); });"
                        + " setTimeout(function () { done('none within 3 s'); }, 3000);"));
        System.out.println("intersection: " + Selenide.executeAsyncJavaScript(
                "var done = arguments[arguments.length - 1]; new IntersectionObserver(function (e) { done('fired, visible '"
                        + " + e[0].isIntersecting); }).observe(document.querySelector('main'));"
                        + " setTimeout(function () { done('none within 3 s'); }, 3000);"));
    }

    @SuppressWarnings("unchecked")
    private static double[] counters() {
        List<Map<String, Object>> metrics = (List<Map<String, Object>>) Chromium.cdp("Performance.getMetrics", Map.of())
                .get("metrics");
        Map<String, Double> byName = new HashMap<>();
        for (Map<String, Object> m : metrics) {
            byName.put((String) m.get("name"), ((Number) m.get("value")).doubleValue());
        }
        return new double[] {byName.getOrDefault("TaskDuration", 0.0), byName.getOrDefault("ScriptDuration", 0.0),
                byName.getOrDefault("RecalcStyleDuration", 0.0), byName.getOrDefault("LayoutDuration", 0.0)};
    }

    private static void waitPolling(long every) {
        long before = Configuration.pollingInterval;
        Configuration.pollingInterval = every;
        long t0 = childTicks();
        try {
            Selenide.$("#shelf-count").shouldHave(Condition.text("a text the page never shows"), Duration.ofSeconds(10));
        } catch (AssertionError expected) {
            // the wait is the point
        } finally {
            Configuration.pollingInterval = before;
        }
        report("10 s wait, a check every " + every + " ms", childTicks() - t0, 1);
    }

    private static void report(String what, long ticks, int times) {
        System.out.printf("%-28s %6.2f s Chromium CPU (%d times, %.3f s each)   load %s%n", what, ticks / 100.0, times,
                ticks / 100.0 / times, loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** utime + stime + cutime + cstime of every descendant process, in clock ticks. */
    private static long childTicks() {
        long sum = 0;
        for (ProcessHandle p : ProcessHandle.current().descendants().toList()) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                sum += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            } catch (IOException | RuntimeException e) {
                // ended meanwhile
            }
        }
        return sum;
    }
}
