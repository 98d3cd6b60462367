package app.spindle.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * What a piece of code returned and printed: System.out and System.err are buffers while it runs (the classes of one
 * test JVM run one at a time, so nothing else prints meanwhile). The logger writes to System.err as it finds it then.
 */
public record Captured<T>(T result, String out, String err) {
    public static <T> Captured<T> of(Supplier<T> action) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        T result;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            result = action.get();
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        return new Captured<>(result, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What the action printed to System.err. */
    public static String errOf(Runnable action) {
        return of(() -> {
            action.run();
            return null;
        }).err();
    }
}
