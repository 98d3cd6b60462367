package app.spindle.browser;

import app.spindle.testing.SharedAccount;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A read-only browser class: drives the fork's one Chromium at the JVM's shared synced account
 * ({@link SharedAccount}) instead of starting an app of its own.
 */
@ExtendWith(SharedAccount.class)
abstract class SharedAccountBrowserTest {
    @BeforeAll
    static void useSharedAccount(SharedAccount.Served served) throws IOException {
        BrowserTest.spindle = served.spindle();
        BrowserTest.configureBrowser();
    }

    @AfterAll
    static void leaveBrowser() {
        Chromium.leave();
    }
}
