package app.spindle.browser;

import app.spindle.Spindle;
import app.spindle.config.Config;
import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts the real app on a random port with a temporary data folder and drives Debian's headless
 * Chromium with no network: no driver download, no DNS lookups.
 */
public abstract class BrowserTest {
    private static final String CHROMIUM = System.getProperty("spindle.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("spindle.chromedriver", "/usr/bin/chromedriver");

    protected static Spindle spindle;
    protected static Path dataDir;

    @BeforeAll
    static void startAppAndBrowser() throws IOException {
        dataDir = Files.createTempDirectory("spindle-browser");
        startApp(Config.defaults(dataDir).withPort(0));
    }

    /** Replaces the running app with one of another configuration (e.g. pointing at a FakeDiscogs). */
    protected static void startApp(Config config) throws IOException {
        if (spindle != null) {
            spindle.close();
        }
        spindle = Spindle.start(config);
        configureBrowser();
    }

    static void configureBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Configuration.browser = "chrome";
        Configuration.headless = true;
        Configuration.browserBinary = CHROMIUM;
        Configuration.browserSize = "1280x900";
        Configuration.timeout = 8_000;
        Configuration.screenshots = false;
        Configuration.savePageSource = false;
        Configuration.baseUrl = "http://127.0.0.1:" + spindle.port();
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost",
                "--user-data-dir=" + Files.createTempDirectory("spindle-chromium"));
        Configuration.browserCapabilities = options;
    }

    @AfterEach
    void clearBrowserState() {
        if (WebDriverRunner.hasWebDriverStarted()) {
            Selenide.clearBrowserLocalStorage();
        }
    }

    @AfterAll
    static void stopAppAndBrowser() {
        Selenide.closeWebDriver();
        if (spindle != null) {
            spindle.close();
        }
    }
}
