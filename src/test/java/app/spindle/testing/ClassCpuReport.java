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
     * This JVM's CPU, its children's that ended (the kernel's cutime and cstime, in ticks of 10 ms) and the running
     * descendants' (Chromium lives from class to class): a child that ends counts once, in the class it ended in.
     */
    private static long withChildren() {
        long nanos = OS.getProcessCpuTime();
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            nanos += (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return nanos; // not Linux: the JVM's own CPU is what there is
        }
        return nanos + ProcessHandle.current().descendants()
                .mapToLong(p -> p.info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L)).sum();
    }
}
