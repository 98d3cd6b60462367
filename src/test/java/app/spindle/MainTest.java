package app.spindle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.Captured;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    /** Main's exit code as the result, with what it printed. */
    private static Captured<Integer> run(String... args) {
        return Captured.of(() -> Main.run(args));
    }

    @Test
    void a_bad_port_is_one_line_and_exit_code_2() {
        Captured<Integer> o = run("--port", "x");
        assertEquals(2, o.result());
        assertEquals("spindle: --port must be a number (got 'x')\n", o.err());
    }

    @Test
    void an_unwritable_data_folder_is_one_line_and_exit_code_2() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Captured<Integer> o = run("--data", file.resolve("sub").toString(), "--port", "0");
        assertEquals(2, o.result());
        assertTrue(o.err().startsWith("spindle: data folder "), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
    }

    @Test
    void help_and_version_exit_cleanly() {
        Captured<Integer> help = run("--help");
        assertEquals(0, help.result());
        assertTrue(help.out().contains("SPINDLE_PORT"));
        Captured<Integer> version = run("--version");
        assertEquals(0, version.result());
        assertTrue(version.out().startsWith("spindle "));
    }
}
