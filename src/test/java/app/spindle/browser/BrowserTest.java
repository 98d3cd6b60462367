package app.spindle.browser;

import app.spindle.Spindle;
import app.spindle.config.Config;
import app.spindle.testing.Folders;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Starts the real app on a random port with a temporary data folder and drives the test JVM's one headless
 * Chromium ({@link Chromium}) at it.
 */
public abstract class BrowserTest {
    protected static Spindle spindle;
    protected static Path dataDir;

    @BeforeAll
    static void startAppAndBrowser() throws IOException {
        dataDir = Folders.temporary("spindle-browser");
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
        Chromium.use(spindle.port());
    }

    @AfterEach
    void clearBrowserState() {
        if (WebDriverRunner.hasWebDriverStarted()) {
            Selenide.clearBrowserLocalStorage();
        }
    }

    @AfterAll
    static void stopAppAndBrowser() {
        Chromium.leave();
        if (spindle != null) {
            spindle.close();
        }
    }
}
