package app.spindle.browser;

import app.spindle.testing.Folders;
import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Debian's headless Chromium with no network (no driver download, no DNS lookups), one per test JVM: starting
 * it costs more CPU than most journeys, so a class hands it on to the next instead of closing it, and each class
 * begins from a clean browser (no cookies of another server, default size and colours, a blank page). Selenide
 * closes it when the JVM ends.
 */
final class Chromium {
    private static final String CHROMIUM = System.getProperty("spindle.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("spindle.chromedriver", "/usr/bin/chromedriver");
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static boolean configured;

    private Chromium() {
    }

    /** Points the browser at the app on {@code port}, set up on first use and cleaned when already running. */
    static void use(int port) throws IOException {
        if (!configured) {
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
            Configuration.browser = "chrome";
            Configuration.headless = true;
            Configuration.browserBinary = CHROMIUM;
            Configuration.browserSize = DESKTOP.width + "x" + DESKTOP.height;
            Configuration.timeout = 8_000;
            // each check of a condition is several WebDriver commands, ~30 ms of Chromium's CPU across chromedriver, the
            // browser and the renderer: at Selenide's default of 200 ms a wait of 10 s cost 3.6 s of it (BENCHMARKS.md)
            Configuration.pollingInterval = 500;
            Configuration.screenshots = false;
            Configuration.savePageSource = false;
            // Selenide's defaults are a build/ folder beside the pom, which a Maven project does not ignore
            Configuration.downloadsFolder = "target/selenide/downloads";
            Configuration.reportsFolder = "target/selenide/reports";
            ChromeOptions options = new ChromeOptions();
            // one process instead of a browser, a GPU, a network and a renderer process per site: the same engine, but
            // no process spawned when a class leaves for about:blank and comes back, and no messages between processes
            // (BENCHMARKS.md, round 16: the browser classes' Chromium CPU -11 %)
            options.addArguments("--single-process", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic",
                    // PartitionAlloc keeps more emptied spans of memory instead of handing each back to the kernel at
                    // once and faulting it in again on the next page: a fifth of the madvise calls, on this virtual
                    // machine a tenth less CPU in the browser classes (BENCHMARKS.md, round 18)
                    "--enable-features=PartitionAllocLargeEmptySlotSpanRing",
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost",
                    "--user-data-dir=" + profile());
            // flags to measure (BENCHMARKS.md); Chromium keeps the last --enable-features, so one given here must
            // list the ring above too
            String extra = System.getProperty("spindle.chromium.flags", "").trim();
            if (!extra.isEmpty()) {
                options.addArguments(extra.split("\\s+"));
            }
            Configuration.browserCapabilities = options;
            configured = true;
        }
        Configuration.baseUrl = "http://127.0.0.1:" + port;
        if (WebDriverRunner.hasWebDriverStarted()) {
            clean();
        }
    }

    /** Chromium's profile (~6 MB): Selenide closes Chromium only as the JVM ends, too late to delete it. */
    private static Path profile() throws IOException {
        return Folders.temporary("chromium-profile");
    }

    /**
     * Waits until the loaded page is whole: the parts that load themselves (facet counts, the dump import card) swapped
     * in and no htmx request under way.
     */
    static void waitUntilSettled() {
        Selenide.Wait().until(d -> Boolean.TRUE.equals(Selenide.executeJavaScript(
                "return document.readyState === 'complete' && !document.querySelector('[hx-trigger=load], .htmx-request')")));
    }

    /** Leaves the app's pages, so nothing of them (a poll, a pending request) runs on while the next class starts. */
    static void leave() {
        if (WebDriverRunner.hasWebDriverStarted()) {
            WebDriverRunner.getWebDriver().navigate().to("about:blank");
        }
    }

    /** Sends a DevTools command, e.g. {@code Emulation.setEmulatedMedia}, and gives its answer. */
    static Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        WebDriver driver = WebDriverRunner.getWebDriver();
        while (!(driver instanceof HasCdp) && driver instanceof WrapsDriver wrapper) {
            driver = wrapper.getWrappedDriver();
        }
        return ((HasCdp) driver).executeCdpCommand(command, parameters);
    }

    /** Cookies are kept per host, not per port: another test's Spindle on 127.0.0.1 left its session and CSRF cookies. */
    private static void clean() {
        WebDriver driver = WebDriverRunner.getWebDriver();
        driver.navigate().to("about:blank");
        cdp("Network.clearBrowserCookies", Map.of());
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        cdp("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        driver.manage().window().setSize(DESKTOP);
    }
}
