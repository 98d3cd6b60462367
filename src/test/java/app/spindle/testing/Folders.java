package app.spindle.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders the tests make, and those they no longer need. */
public final class Folders {
    /** One folder a test JVM, named by its process id, under target/ (which `mvn clean` empties). */
    private static final Path BY_JVM = Path.of("target", "test-folders").toAbsolutePath();
    private static Path mine;

    private Folders() {
    }

    /**
     * A new folder for a fixture that outlives a test method (a browser class's data folder, Chromium's profile),
     * which JUnit's {@code @TempDir} cannot hold. They are not deleted as the JVM ends, since Chromium and the app
     * may still hold files then: each test JVM instead deletes those of JVMs no longer running, so a run leaves its
     * own behind only until the next one, and none in the system's temporary folder.
     */
    public static synchronized Path temporary(String prefix) throws IOException {
        if (mine == null) {
            Files.createDirectories(BY_JVM);
            try (Stream<Path> earlier = Files.list(BY_JVM)) {
                for (Path old : earlier.filter(p -> !running(p.getFileName().toString())).toList()) {
                    try {
                        delete(old);
                    } catch (IOException | UncheckedIOException e) {
                        // the forks start together: another one is deleting it
                    }
                }
            }
            mine = Files.createDirectories(BY_JVM.resolve(Long.toString(ProcessHandle.current().pid())));
        }
        return Files.createTempDirectory(mine, prefix);
    }

    private static boolean running(String pid) {
        return pid.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Deletes a folder and everything in it, deepest first; files that will not go are left. */
    public static void delete(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
