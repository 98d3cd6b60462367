package app.spindle.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    public static ProcessBuilder of(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-cp", classpath(), main.getName()));
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command);
    }

    public static String classpath() {
        return String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !TEST_ONLY.matcher(entry.replace(File.separatorChar, '/')).find()).toList());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
