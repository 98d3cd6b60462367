package app.spindle.browser;

import app.spindle.Spindle;
import app.spindle.testing.Folders;
import app.spindle.testing.SyncedAccount;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;

/**
 * A browser journey on a mirror of its own, written by one real sync from FakeDiscogs: for journeys that change
 * the mirror or Discogs. The subclass's {@code @BeforeAll} calls {@link #startSynced} with the account's size.
 */
abstract class SyncedBrowserTest {
    static SyncedAccount account;
    static Spindle app;

    static void startSynced(String name, int collection, int wants) throws IOException {
        account = SyncedAccount.sync(Folders.temporary("spindle-" + name), collection, wants);
        app = account.startSpindle();
        BrowserTest.spindle = app;
        BrowserTest.configureBrowser();
    }

    @AfterAll
    static void stopSynced() {
        Chromium.leave();
        app.close();
        account.close();
    }
}
