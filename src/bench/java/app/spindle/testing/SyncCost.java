package app.spindle.testing;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one {@link SyncedAccount#sync} costs once the JVM is warm: CPU a sync and a request, and the threads that
 * spent it ({@code main} is the client and the mirror's writes; the fake answers on its Jetty threads, which end
 * and so are counted only in the total). Arguments: warm-up syncs, measured syncs, collection size, wantlist size.
 * {@code src/bench/run.sh -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
 * app.spindle.testing.SyncCost 3 8 60 20}
 */
final class SyncCost {
    private SyncCost() {
    }

    public static void main(String[] args) throws Exception {
        int warm = Integer.parseInt(args[0]);
        int measured = Integer.parseInt(args[1]);
        int collection = Integer.parseInt(args[2]);
        int wants = Integer.parseInt(args[3]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < warm; i++) {
            SyncedAccount.sync(Folders.temporary("sync-cost"), collection, wants).close();
        }
        Map<String, Long> before = cpuByThread(threads);
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        long requests = 0;
        for (int i = 0; i < measured; i++) {
            try (SyncedAccount account = SyncedAccount.sync(Folders.temporary("sync-cost"), collection, wants)) {
                requests += account.fake.requestCount();
            }
        }
        long used = os.getProcessCpuTime() - cpu;
        System.out.printf("%d syncs: %d ms CPU each, %d ms wall each, %d requests each, %.1f ms CPU a request%n", measured,
                used / measured / 1_000_000, (System.nanoTime() - wall) / measured / 1_000_000, requests / measured,
                used / 1e6 / requests);
        Map<String, Long> spent = new TreeMap<>();
        cpuByThread(threads).forEach((name, nanos) -> spent.merge(name.replaceAll("[-#]?\\d+$", ""),
                nanos - before.getOrDefault(name, 0L), Long::sum));
        spent.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                .forEach(e -> System.out.printf("  %-40s %6d ms each%n", e.getKey(), e.getValue() / measured / 1_000_000));
    }

    private static Map<String, Long> cpuByThread(ThreadMXBean threads) {
        Map<String, Long> cpu = new TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            var info = threads.getThreadInfo(id);
            long nanos = threads.getThreadCpuTime(id);
            if (info != null && nanos > 0) {
                cpu.put(info.getThreadName() + "#" + id, nanos);
            }
        }
        return cpu;
    }
}
