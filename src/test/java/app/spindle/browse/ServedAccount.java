package app.spindle.browse;

import app.spindle.Spindle;
import app.spindle.TestBrowserlessSession;
import java.nio.file.Path;

/** A synced FakeDiscogs account with Spindle serving it and a logged-in HTTP session: what route tests start from. */
public final class ServedAccount implements AutoCloseable {
    public final SyncedAccount account;
    public final Spindle spindle;
    public final TestBrowserlessSession browser;

    private ServedAccount(SyncedAccount account) {
        this.account = account;
        this.spindle = account.startSpindle();
        this.browser = new TestBrowserlessSession(spindle.port());
    }

    public static ServedAccount start(Path dataDir, int collection, int wants) {
        return new ServedAccount(SyncedAccount.sync(dataDir, collection, wants));
    }

    @Override
    public void close() {
        spindle.close();
        account.close();
    }
}
