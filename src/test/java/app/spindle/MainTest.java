package app.spindle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void a_bad_port_is_one_line_and_exit_code_2() {
        Outcome o = run("--port", "x");
        assertEquals(2, o.code());
        assertEquals("spindle: --port must be a number (got 'x')\n", o.err());
    }

    @Test
    void an_unwritable_data_folder_is_one_line_and_exit_code_2() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Outcome o = run("--data", file.resolve("sub").toString(), "--port", "0");
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("spindle: data folder "), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
    }

    @Test
    void help_and_version_exit_cleanly() {
        Outcome help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("SPINDLE_PORT"));
        Outcome version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("spindle "));
    }
}
