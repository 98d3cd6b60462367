package app.spindle.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes each test class's wall time, the CPU its JVM spent meanwhile (every thread, the app under test included)
 * and the CPU of the JVM with its child processes (Chromium, child JVMs) to
 * {@code target/class-cpu/RUN/fork-N.tsv}, a folder for each test run (named for its start), a file for each
 * surefire fork, so the suite's run shows which classes work and which wait. Registered for every class through
 * {@code junit-platform.properties}; {@code src/bench/class-cpu.sh} lists the last run's classes.
 */
public final class ClassCpuReport implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ClassCpuReport.class);
    private static final Path FILE = Path.of(System.getProperty("basedir", "."), "target", "class-cpu",
            System.getProperty("spindle.test.run", "run"), "fork-" + System.getProperty("spindle.test.fork", "0") + ".tsv");
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    static {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Start(long nanos, long cpuNanos, long withChildrenNanos) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Start.class, new Start(System.nanoTime(), OS.getProcessCpuTime(), withChildren()));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Start start = context.getStore(NAMESPACE).get(Start.class, Start.class);
        double wall = (System.nanoTime() - start.nanos()) / 1e9;
        double cpu = (OS.getProcessCpuTime() - start.cpuNanos()) / 1e9;
        double all = (withChildren() - start.withChildrenNanos()) / 1e9;
        String line = String.format(Locale.ROOT, "%s\t%.1f\t%.1f\t%.1f%n", context.getRequiredTestClass().getName(), wall, cpu, all);
        Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /**
     * This JVM's CPU, its ended children's (the kernel's cutime and cstime) and every running descendant's own and
     * ended children's (Chromium lives from class to class; its renderers come and go): a process that ends counts
     * once, in its parent's ended children, in the class it ended in.
     */
    private static long withChildren() {
        long[] self = ticks(ProcessHandle.current().pid());
        long children = self[2] + self[3];
        for (ProcessHandle p : ProcessHandle.current().descendants().toList()) {
            long[] t = ticks(p.pid());
            children += t[0] + t[1] + t[2] + t[3];
        }
        return OS.getProcessCpuTime() + children * NANOS_PER_TICK;
    }

    /** utime, stime, cutime and cstime of /proc/PID/stat in clock ticks; zeros off Linux or once the process ended. */
    private static long[] ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                    Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException e) {
            return new long[4];
        }
    }
}
