package app.spindle.sync;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.testing.Folders;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * What a first sync's listing of a large account costs, the client, FakeDiscogs and SQLite in this JVM as in the
 * tests: the sync stops where the details would begin. With {@code -Dlisting.sample=true}, every thread's stack is
 * read each millisecond meanwhile and the busiest places are printed (innermost Spindle frame and the frame on top).
 * {@code src/bench/run.sh -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
 * app.spindle.sync.ListingCost 10000}
 */
final class ListingCost {
    private ListingCost() {
    }

    public static void main(String[] args) throws Exception {
        int items = Integer.parseInt(args[0]);
        try (FakeDiscogs fake = SyncFixture.fake(items, 300).start()) {
            SyncFixture f = new SyncFixture(fake, Folders.temporary("listing-cost"));
            f.runner.progress().onChange(s -> {
                if (s.phase() == SyncStatus.Phase.DETAILS) {
                    f.runner.requestStop();
                }
            });
            Map<String, Integer> places = new HashMap<>();
            Thread sampler = Boolean.getBoolean("listing.sample") ? sampler(places) : null;
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            f.runner.run("listing-cost");
            long tookWall = System.nanoTime() - wall;
            long tookCpu = os.getProcessCpuTime() - cpu;
            if (sampler != null) {
                sampler.interrupt();
                sampler.join();
            }
            System.out.printf("listing %d items: %d ms wall, %d ms CPU (this JVM: client, fake and SQLite)%n", items,
                    tookWall / 1_000_000, tookCpu / 1_000_000);
            places.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(30)
                    .forEach(e -> System.out.printf("%6d  %s%n", e.getValue(), e.getKey()));
        }
    }

    private static Thread sampler(Map<String, Integer> places) {
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.getAllStackTraces().forEach((thread, stack) -> {
                    if (stack.length > 0 && thread != Thread.currentThread() && thread.getState() == Thread.State.RUNNABLE
                            && !waiting(stack[0])) {
                        places.merge(thread.getName().replaceAll("[-#]?\\d+$", "") + " | " + innermostSpindle(stack)
                                + " <- " + stack[0].getClassName() + "." + stack[0].getMethodName(), 1, Integer::sum);
                    }
                });
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "listing-cost-sampler");
        sampler.start();
        return sampler;
    }

    /** Threads parked in native code still say RUNNABLE: selectors, accept and socket reads are waits. */
    private static boolean waiting(StackTraceElement top) {
        String method = top.getClassName() + "." + top.getMethodName();
        return method.contains("EPoll") || method.contains("accept") || method.contains("socketRead")
                || method.contains("readBytes") || method.contains("waitForReferencePendingList");
    }

    private static String innermostSpindle(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("app.spindle") && !frame.getClassName().contains("$$Lambda")) {
                return frame.getClassName().substring("app.spindle.".length()) + "." + frame.getMethodName() + ":"
                        + frame.getLineNumber();
            }
        }
        return "-";
    }
}
