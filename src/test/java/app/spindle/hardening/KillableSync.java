package app.spindle.hardening;

import java.nio.file.Path;

/** One sync run (covers included) in its own JVM, for the test that kills it: args are data folder, API URL, token. */
public final class KillableSync {
    private KillableSync() {
    }

    public static void main(String[] args) {
        SyncParts parts = SyncParts.open(Path.of(args[0]), args[1], args[2]);
        System.exit(parts.runner().run("child").succeeded() ? 0 : 1);
    }
}
