package app.spindle.hardening;

import static com.codeborne.selenide.Selenide.executeJavaScript;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.browser.BrowserTest;
import app.spindle.config.ConfigParser;
import app.spindle.testing.Eventually;
import app.spindle.testing.Folders;
import com.codeborne.selenide.WebDriverRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** The hostile account in a real browser: nothing it sends runs, and no page grows wider than the window. */
class HostileDataInTheBrowserTest extends BrowserTest {
    private static HostileDiscogs discogs;

    @BeforeAll
    static void startOnTheHostileAccount() throws Exception {
        discogs = new HostileDiscogs();
        Path data = Folders.temporary("spindle-hostile");
        startApp(ConfigParser.parse(new String[] {"--data", data.toString(), "--port", "0",
                "--token", HostileDiscogs.TOKEN, "--api-url", discogs.baseUrl()}, k -> null));
        Eventually.until(() -> spindle.sync().status().lastSuccessAt() != null, Duration.ofSeconds(30),
                () -> "the first sync did not finish: " + spindle.sync().status());
    }

    @AfterAll
    static void stopTheHostileAccount() {
        discogs.close();
    }

    @Test
    void no_hostile_payload_runs_and_no_page_scrolls_sideways_on_a_phone_or_a_desktop() throws IOException {
        List<String> pages = new ArrayList<>(HostileDataIsEscapedTest.pagesShowingTheMirror());
        pages.remove("/partials/status");
        pages.addAll(List.of("/search?q=x", "/masters/" + Hostile.MASTER,
                "/search?q=" + HostileDataIsEscapedTest.enc("\"><img src=x onerror=\"window.xss=20\">")));
        List<String> problems = new ArrayList<>();
        for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1280, 900))) {
            for (String page : pages) {
                open(page);
                WebDriverRunner.getWebDriver().manage().window().setSize(size);
                Object xss = executeJavaScript("return window.xss === undefined ? null : String(window.xss);");
                if (xss != null) {
                    problems.add(page + " ran payload " + xss);
                }
                long overflow = executeJavaScript("return document.documentElement.scrollWidth - window.innerWidth;");
                if (overflow > 1) {
                    problems.add(page + " at " + size.width + " px is " + overflow + " px too wide: " + widest());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(spindle.sync().status().lastSuccessAt() != null, "the hostile account synced");
    }

    /** The element that sticks out furthest to the right, to say where the layout broke. */
    private static String widest() {
        return executeJavaScript("""
                let worst = null, right = 0;
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect().right;
                  if (r > right) { right = r; worst = e; }
                }
                return worst ? worst.tagName + '.' + worst.className + ' → ' + Math.round(right) + ' px' : 'nothing';""");
    }
}
