package app.spindle.testing;

import app.spindle.Spindle;
import app.spindle.config.Config;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.mirror.Database;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * What a route test's set-up costs, step by step, in CPU of this JVM: three rounds, the first one cold (class
 * loading, JIT), for an account of 60 + 20 unless told otherwise.
 * {@code src/bench/run.sh [-Dfixture.collection=90 -Dfixture.wants=20] -Dorg.slf4j.simpleLogger.defaultLogLevel=warn app.spindle.testing.FixtureCost}
 */
final class FixtureCost {
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private FixtureCost() {
    }

    public static void main(String[] args) {
        int collection = Integer.getInteger("fixture.collection", 60);
        int wants = Integer.getInteger("fixture.wants", 20);
        for (int round = 0; round < 3; round++) {
            System.out.println("round " + round + (round == 0 ? " (cold)" : ""));
            step("a fresh database through every migration", () -> Database.open(folder()).close());
            step("FakeDiscogs started and closed, 60 + 20", () -> FakeDiscogs.builder().seed(42).collectionSize(60)
                    .wantlistSize(20).folders(2).start().close());
            SyncedAccount[] account = new SyncedAccount[1];
            step("SyncedAccount.sync(dir, " + collection + ", " + wants + ")",
                    () -> account[0] = SyncedAccount.sync(folder(), collection, wants));
            Spindle[] spindle = new Spindle[1];
            step("startSpindle(), its start sync included", () -> spindle[0] = account[0].startSpindle());
            step("Spindle closed", () -> spindle[0].close());
            account[0].close();
            step("Spindle.start on an empty folder, and close", () -> Spindle.start(Config.defaults(folder()).withPort(0)).close());
        }
    }

    private static void step(String name, Runnable work) {
        long cpu = OS.getProcessCpuTime();
        long wall = System.nanoTime();
        work.run();
        System.out.printf("%-45s CPU %6d ms, wall %6d ms%n", name, (OS.getProcessCpuTime() - cpu) / 1_000_000,
                (System.nanoTime() - wall) / 1_000_000);
    }

    private static Path folder() {
        try {
            return Folders.temporary("spindle-fixture-cost");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
