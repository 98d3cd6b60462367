package app.spindle.browse;

import app.spindle.Spindle;
import app.spindle.testing.Folders;
import app.spindle.testing.SyncedAccount;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not part of the suite: syncs a FakeDiscogs account and serves Spindle on it until the file
 * /tmp/spindle-look/stop appears (or ten minutes pass), for screenshots by hand.
 */
class ServeForLooking {
    public static void main(String[] args) throws Exception {
        new ServeForLooking().serve();
    }

    void serve() throws Exception {
        Path dir = Folders.temporary("spindle-look");
        Path control = Path.of("/tmp/spindle-look");
        Files.createDirectories(control);
        Files.deleteIfExists(control.resolve("stop"));
        int size = Integer.getInteger("look.size", 120);
        try (SyncedAccount account = SyncedAccount.sync(dir, size, size / 4);
             Spindle spindle = account.startSpindle()) {
            Files.writeString(control.resolve("port"), Integer.toString(spindle.port()));
            long until = System.currentTimeMillis() + 600_000;
            while (!Files.exists(control.resolve("stop")) && System.currentTimeMillis() < until) {
                Thread.sleep(200);
            }
        }
    }
}
