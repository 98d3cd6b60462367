package app.spindle.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.browse.SharedAccount;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * axe-core (WCAG 2.0 and 2.1, A and AA) over the main pages at desktop and phone width, in light and dark: any
 * serious or critical violation fails. axe is injected by the test only (src/test/resources/axe), never served
 * by the app. One browser and the shared synced account keep the 36 checks to well under a minute.
 */
@ExtendWith(SharedAccount.class)
class AxeBrowserTest {
    private static final List<String> PAGES = List.of(
            "/collection?view=grid", "/collection?view=list", "/wantlist", "/tracks?q=gonna", "/search?q=the",
            "/match?artist=Rick+Astley&title=Never+Gonna+Give+You+Up", "/stats", "/settings", "/releases/249504");
    private static final int[] WIDTHS = {1280, 390};
    private static final String[] SCHEMES = {"light", "dark"};

    private static final String AXE = readAxe();
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
              .then(function (r) {
                done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                  .map(function (v) {
                    return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 5).map(function (n) {
                      return n.target.join(' ');
                    }).join(', ') + (v.nodes.length > 5 ? ' and ' + (v.nodes.length - 5) + ' more' : '');
                  }));
              })
              .catch(function (e) { done(['axe failed: ' + e]); });
            """;

    @BeforeAll
    static void start(SharedAccount.Served served) throws IOException {
        BrowserTest.spindle = served.spindle();
        BrowserTest.configureBrowser();
    }

    @AfterAll
    static void stop() {
        Selenide.closeWebDriver();
    }

    @Test
    void the_main_pages_have_no_serious_or_critical_violations_at_either_width_in_light_or_dark() {
        Selenide.open("/healthz");
        WebDriverRunner.getWebDriver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<String> found = new ArrayList<>();
        for (int width : WIDTHS) {
            cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1,
                    "mobile", width < 600));
            for (String page : PAGES) {
                open(page);
                // light and dark differ only in colours: switch the scheme on the loaded page rather than load it again
                for (String scheme : SCHEMES) {
                    cdp("Emulation.setEmulatedMedia", Map.of("features",
                            List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                    for (String violation : runAxe()) {
                        found.add(page + " at " + width + " px, " + scheme + ": " + violation);
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " serious or critical violations:\n" + String.join("\n", found));
    }

    @Test
    void the_check_itself_catches_a_violation() {
        Selenide.open("/stats");
        Selenide.executeJavaScript("var img = document.createElement('img'); img.src = '/static/spindle.svg';"
                + " document.querySelector('main').appendChild(img);");
        List<String> violations = runAxe();
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt (critical)")), violations.toString());
    }

    private static void open(String page) {
        Selenide.open(page);
        // wait for the parts that load themselves (facet counts, the dump import card) to be swapped in
        Selenide.Wait().until(d -> Boolean.TRUE.equals(Selenide.executeJavaScript(
                "return document.readyState === 'complete' && !document.querySelector('[hx-trigger=load], .htmx-request')")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> runAxe() {
        if (!Boolean.TRUE.equals(Selenide.executeJavaScript("return typeof axe !== 'undefined'"))) {
            Selenide.executeJavaScript(AXE);
        }
        return (List<String>) Selenide.executeAsyncJavaScript(RUN_AXE);
    }

    private static void cdp(String command, Map<String, Object> parameters) {
        WebDriver driver = WebDriverRunner.getWebDriver();
        while (!(driver instanceof HasCdp) && driver instanceof WrapsDriver wrapper) {
            driver = wrapper.getWrappedDriver();
        }
        ((HasCdp) driver).executeCdpCommand(command, parameters);
    }

    private static String readAxe() {
        try (InputStream in = AxeBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
