package app.spindle.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Starts a class's main in a JVM of its own, as quickly as a loaded 2-core box allows. */
public final class ChildJvm {
    /**
     * Libraries only the tests use (browser driving, assertions): each jar on the class path is searched
     * for every class loaded, and leaving these ~60 jars out halves the child's start-up.
     */
    private static final Pattern TEST_ONLY = Pattern.compile("/(org/seleniumhq|com/codeborne|io/opentelemetry|org/junit"
            + "|org/opentest4j|org/apiguardian|net/bytebuddy|com/google|org/jspecify|org/apache/httpcomponents"
            + "|commons-io|com/github/valfirst|jakarta/(enterprise|interceptor|transaction|inject|annotation)|org/ow2)/");

    private ChildJvm() {
    }

    /**
     * How every child runs, the archive's training child too: an archive only maps into a JVM with the same GC. A child
     * lives a few seconds and C1 was a third of its CPU, compiling methods that would not have paid back: compiling at
     * four times the usual call counts took the child classes' children from 50.7 to 45.3 s of CPU (BENCHMARKS.md).
     */
    private static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=4",
            "-XX:+UseSerialGC");

    /** Made at the first child of this JVM (or found from an earlier JVM of the same build); empty if it failed. */
    private static Optional<ChildJvmArchive> archive;
    /** Where this JVM's children unpack SQLite's native library: see {@link #sqliteNative()}. */
    private static Path sqliteNative;

    public static ProcessBuilder of(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(flags());
        Optional<ChildJvmArchive> shared = archive();
        if (shared.isPresent()) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + shared.get().archive(), "-Xshare:auto", "-cp",
                    shared.get().classpath()));
        } else {
            command.addAll(List.of("-Xshare:auto", "-cp", classpath()));
        }
        command.add(main.getName());
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command);
    }

    /** The flags above, and where SQLite's native library goes. */
    static List<String> flags() {
        List<String> flags = new ArrayList<>(FLAGS);
        flags.add("-Dorg.sqlite.tmpdir=" + sqliteNative());
        return flags;
    }

    /**
     * sqlite-jdbc unpacks its native library (1.1 MB) into the temporary folder at every JVM start and deletes it, with
     * its lock file, only at a normal exit; it never removes copies whose lock file is left, so each child killed with
     * SIGKILL left one in /tmp for good (16 a suite run, 1,043 on this box). The children unpack into a folder of this
     * JVM under target/ instead, which {@link Folders} deletes once this JVM is gone.
     */
    private static synchronized Path sqliteNative() {
        if (sqliteNative == null) {
            try {
                sqliteNative = Folders.temporary("sqlite-native");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sqliteNative;
    }

    public static String classpath() {
        return String.join(File.pathSeparator, entries());
    }

    private static List<String> entries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !TEST_ONLY.matcher(entry.replace(File.separatorChar, '/')).find()).toList();
    }

    private static synchronized Optional<ChildJvmArchive> archive() {
        if (archive == null && Boolean.getBoolean("childjvm.noarchive")) { // to measure what the archive saves
            archive = Optional.empty();
        }
        if (archive == null) {
            try {
                archive = Optional.of(ChildJvmArchive.forClasspath(entries()));
            } catch (IOException | RuntimeException e) {
                // the children still run, only slower to start: say so rather than fail the test that wanted one
                System.err.println("ChildJvm: no class-data sharing archive for the children: " + e);
                archive = Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                archive = Optional.empty();
            }
        }
        return archive;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
