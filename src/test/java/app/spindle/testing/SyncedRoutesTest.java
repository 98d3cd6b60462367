package app.spindle.testing;

import app.spindle.Spindle;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Route tests on a mirror of their own, written by one real sync from FakeDiscogs, with Spindle serving it and a
 * session that speaks HTTP to it. The subclass's {@code @BeforeAll} calls {@link #startSynced} with the sizes.
 */
public abstract class SyncedRoutesTest {
    @TempDir
    protected static Path dir;
    protected static SyncedAccount account;
    protected static Spindle spindle;
    protected static TestBrowserlessSession browser;

    protected static void startSynced(int collection, int wants) {
        account = SyncedAccount.sync(dir, collection, wants);
        spindle = account.startSpindle();
        browser = new TestBrowserlessSession(spindle.port());
    }

    @AfterAll
    static void stopSynced() {
        spindle.close();
        account.close();
    }
}
