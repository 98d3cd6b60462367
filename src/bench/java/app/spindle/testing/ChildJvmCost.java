package app.spindle.testing;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.hardening.KillableSync;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a `ChildJvm` child costs before it does anything: CPU (user + sys, from /proc) and wall from its start to
 * its first request at a FakeDiscogs, for SyncKilledAnywhereTest's child (`KillableSync`), killed there like in the
 * test. The first `ChildJvm.of` of a JVM pays any one-time preparation; that is printed apart (this JVM's and its
 * reaped children's CPU).
 *   src/bench/run.sh app.spindle.testing.ChildJvmCost [children, default 8]
 */
public final class ChildJvmCost {
    private static final double TICK = 100.0; // USER_HZ on Linux

    private ChildJvmCost() {
    }

    public static void main(String[] args) throws Exception {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Path dir = Folders.temporary("child-jvm-cost");
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(11).collectionSize(100).wantlistSize(25).folders(2)
                .rateLimit(100_000, Duration.ofSeconds(60)).latency(Duration.ofMillis(2)).start()) {
            double[] before = selfAndChildrenCpu();
            long wallBefore = System.nanoTime();
            ChildJvm.of(KillableSync.class);
            double[] after = selfAndChildrenCpu();
            System.out.printf("first ChildJvm.of: %.2f s wall, %.2f s CPU here, %.2f s CPU in reaped children%n",
                    (System.nanoTime() - wallBefore) / 1e9, after[0] - before[0], after[1] - before[1]);
            List<Double> cpus = new ArrayList<>();
            for (int i = 0; i < children; i++) {
                Path data = dir.resolve("data-" + i);
                long requests = fake.requestCount();
                long started = System.nanoTime();
                Process child = ChildJvm.of(KillableSync.class, data.toString(), fake.baseUrl(), fake.token())
                        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
                while (fake.requestCount() == requests && child.isAlive()) {
                    Thread.sleep(1);
                }
                double cpu = cpuOf(child.pid());
                double wall = (System.nanoTime() - started) / 1e9;
                child.destroyForcibly().waitFor();
                cpus.add(cpu);
                System.out.printf("child %d: %.2f s CPU, %.2f s wall to its first request%n", i, cpu, wall);
            }
            cpus.sort(Double::compare);
            System.out.printf("median %.2f s CPU to the first request (min %.2f, max %.2f), load %s%n",
                    cpus.get(cpus.size() / 2), cpus.get(0), cpus.get(cpus.size() - 1),
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    private static double cpuOf(long pid) throws IOException {
        String[] f = statFields(Path.of("/proc", String.valueOf(pid), "stat"));
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICK;
    }

    /** This JVM's user + sys and its reaped children's, in seconds. */
    private static double[] selfAndChildrenCpu() throws IOException {
        String[] f = statFields(Path.of("/proc/self/stat"));
        return new double[] {(Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICK,
                (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICK};
    }

    /** The fields after the command name (which may hold spaces): index 0 is the state, 11 utime, 12 stime. */
    private static String[] statFields(Path stat) throws IOException {
        String line = Files.readString(stat);
        return line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
    }
}
