package app.spindle.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/**
 * axe-core (WCAG 2.0 and 2.1, A and AA) over the main pages at desktop and phone width, in light and dark: any
 * serious or critical violation fails. axe is injected by the test only (src/test/resources/axe), never served
 * by the app. One browser and the shared synced account keep the 36 checks to well under a minute; the dark pass
 * runs only the colour rules, as the scheme changes nothing else.
 */
class AxeBrowserTest extends SharedAccountBrowserTest {
    private static final List<String> PAGES = List.of(
            "/collection?view=grid", "/collection?view=list", "/wantlist", "/tracks?q=gonna", "/search?q=the",
            "/match?artist=Rick+Astley&title=Never+Gonna+Give+You+Up", "/stats", "/settings", "/releases/249504");
    private static final int[] WIDTHS = {1280, 390};
    private static final String[] SCHEMES = {"light", "dark"};

    private static final Map<String, Object> WCAG_A_AA = Map.of("type", "tag",
            "values", List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
    /** All that the colour scheme changes: app.css's dark blocks set colours only, so the dark pass checks these. */
    private static final Map<String, Object> COLOUR_RULES = Map.of("type", "rule",
            "values", List.of("color-contrast", "link-in-text-block"));

    private static final String AXE = readAxe();
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: arguments[0], resultTypes: ['violations']})
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

    @Test
    void the_main_pages_have_no_serious_or_critical_violations_at_either_width_in_light_or_dark() {
        Selenide.open("/healthz");
        WebDriverRunner.getWebDriver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // Chromium adds axe to each page it loads, rather than the test sending its 650 KB over WebDriver every time
        Object injected = Chromium.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE)).get("identifier");
        List<String> found = new ArrayList<>();
        try {
            for (int width : WIDTHS) {
                Chromium.cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                        "deviceScaleFactor", 1, "mobile", width < 600));
                for (String page : PAGES) {
                    open(page);
                    // light and dark differ only in colours: switch the scheme on the loaded page rather than load it again
                    for (String scheme : SCHEMES) {
                        Chromium.cdp("Emulation.setEmulatedMedia", Map.of("features",
                                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                        for (String violation : runAxe(scheme.equals("light") ? WCAG_A_AA : COLOUR_RULES)) {
                            found.add(page + " at " + width + " px, " + scheme + ": " + violation);
                        }
                    }
                }
            }
        } finally {
            Chromium.cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", injected));
        }
        assertTrue(found.isEmpty(), found.size() + " serious or critical violations:\n" + String.join("\n", found));
    }

    @Test
    void the_check_itself_catches_a_violation() {
        Selenide.open("/stats");
        Selenide.executeJavaScript("var img = document.createElement('img'); img.src = '/static/spindle.svg';"
                + " document.querySelector('main').appendChild(img);");
        List<String> violations = runAxe(WCAG_A_AA);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt (critical)")), violations.toString());
    }

    @Test
    void the_dark_pass_catches_text_too_faint_to_read() {
        Selenide.open("/stats");
        Chromium.cdp("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        Selenide.executeJavaScript("var p = document.createElement('p'); p.textContent = 'grey on grey';"
                + " p.style.color = '#555'; p.style.background = '#444';"
                + " document.querySelector('main').appendChild(p);");
        List<String> violations = runAxe(COLOUR_RULES);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("color-contrast (serious)")), violations.toString());
    }

    private static void open(String page) {
        Selenide.open(page);
        Chromium.waitUntilSettled();
    }

    @SuppressWarnings("unchecked")
    private static List<String> runAxe(Map<String, Object> rules) {
        if (!Boolean.TRUE.equals(Selenide.executeJavaScript("return typeof axe !== 'undefined'"))) {
            Selenide.executeJavaScript(AXE);
        }
        return (List<String>) Selenide.executeAsyncJavaScript(RUN_AXE, rules);
    }

    private static String readAxe() {
        try (InputStream in = AxeBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
