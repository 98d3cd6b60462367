package app.spindle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.config.ConfigParser;
import app.spindle.config.Option;
import app.spindle.mirror.Database;
import app.spindle.testing.Captured;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every flag and every command given hostile values: each answer is one line that starts with
 * {@code spindle:}, exit code 2, and never a stack trace. Runs {@code sync} where a command is needed: it
 * ends by itself (exit 3, "connect an account") should a value wrongly be accepted.
 */
class CommandLineErrorsTest {
    @TempDir
    static Path dir;
    static Path data;
    static ServerSocket portInUse;

    @BeforeAll
    static void files() throws IOException {
        data = dir.resolve("data");
        Files.createDirectories(data);
        Database.open(data).close();
        Files.writeString(dir.resolve("a-file"), "x");
        Files.writeString(dir.resolve("existing.db"), "x");
        Files.writeString(dir.resolve("garbage.xml.gz"), "this is not gzip");
        Files.write(dir.resolve("empty_releases.xml.gz"), new byte[0]);
        Files.createSymbolicLink(dir.resolve("dangling.db"), dir.resolve("missing-folder/target.db"));
        Files.createSymbolicLink(dir.resolve("dangling-in-place.db"), dir.resolve("nothing-here.db"));
        Files.createDirectories(dir.resolve("a-folder"));
        portInUse = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
    }

    static Stream<Arguments> hostileCommandLines() {
        String d = data.toString();
        String big = "9".repeat(10_000);
        List<Arguments> rows = new ArrayList<>();
        for (Option o : ConfigParser.OPTIONS) {
            if (o.takesValue()) {
                rows.add(row("sync", o.flag()));
            }
        }
        String[][] values = {
                {"--port", ""}, {"--port", "-1"}, {"--port", "65536"}, {"--port", "99999999999999999999"}, {"--port", "80\u0000"},
                {"--port", big}, {"--host", ""}, {"--host", "no\u0000where"}, {"--host", "nowhere.invalid"},
                {"--host", "x".repeat(10_000)}, {"--data", ""}, {"--data", "a\u0000b"},
                {"--data", dir.resolve("a-file").resolve("sub").toString()}, {"--api-url", "ftp://x"}, {"--api-url", ""},
                {"--api-url", "javascript:alert(1)"}, {"--api-url", "http://exa mple.com"}, {"--sync-interval", "99999999999999d"},
                {"--sync-interval", "-1"}, {"--sync-interval", "1e9"}, {"--sync-interval", big}, {"--refresh-age", "0"},
                {"--refresh-age", "99999999999999999999999d"}, {"--full-listing-interval", "9999999999999d"},
                {"--base-path", "no-slash"}, {"--base-path", "/a b"}, {"--base-path", "/a\u0000"}, {"--base-path", "/../x"},
                {"--base-path", "/x?y"}, {"--base-path", "/x#y"}, {"--base-path", "//evil.example"}, {"--max-upload", "-5MB"},
                {"--max-upload", "99999999999999999999GB"}, {"--max-upload", "1TB"}, {"--demo-size", "0"},
                {"--demo-size", "1000001"}, {"--demo-size", "abc"}};
        for (String[] v : values) {
            String dataFlag = v[0].equals("--data") ? "--api-url" : "--data";
            String dataValue = v[0].equals("--data") ? "http://127.0.0.1:9" : d;
            // --host matters to serve alone, which resolves it; everything else fails before serving
            String command = v[0].equals("--host") ? "serve" : "sync";
            rows.add(row(command, dataFlag, dataValue, v[0], v[1]));
            rows.add(row(command, dataFlag, dataValue, v[0] + "=" + v[1]));
        }
        // every number, duration and size setting, whatever its range, refuses the same hostile values
        for (Option o : ConfigParser.OPTIONS) {
            if (o.range() != null) {
                for (String hostile : List.of("-1", "99999999999999999999", "99999999999999999999d", "1e9", "garbage", "", " ")) {
                    rows.add(row("sync", "--data", d, o.flag(), hostile));
                }
            }
        }
        rows.add(row("sync", "--data", d, "--backup-every", "30m"));
        rows.add(row("sync", "--data", d, "--backup-every", "31d"));
        rows.add(row("sync", "--data", d, "--backup-keep", "366"));
        rows.add(row("--colour", "red"));
        rows.add(row("dance"));
        rows.add(row("\u0000"));
        rows.add(row("serve", "extra"));
        rows.add(row("sync", "extra"));
        rows.add(row("sync", "--demo"));
        rows.add(row("serve", "--all"));
        rows.add(row("serve", "--data", d, "--port", String.valueOf(portInUse.getLocalPort())));
        rows.add(row("backup", "--data", d));
        rows.add(row("backup", "--data", d, "one.db", "two.db"));
        rows.add(row("backup", "--data", d, dir.resolve("dangling.db").toString()));
        rows.add(row("backup", "--data", d, dir.resolve("dangling-in-place.db").toString()));
        rows.add(row("backup", "--data", d, dir.resolve("missing-folder/x.db").toString()));
        rows.add(row("backup", "--data", d, dir.resolve("existing.db").toString()));
        rows.add(row("backup", "--data", d, dir.resolve("a-folder").toString()));
        rows.add(row("backup", "--data", d, dir.resolve("a-file/x.db").toString()));
        rows.add(row("backup", "--data", d, "/proc/spindle-backup.db"));
        rows.add(row("backup", "--data", d, "a\u0000b.db"));
        rows.add(row("backup", "--data", dir.resolve("no-database-here").toString(), dir.resolve("b.db").toString()));
        rows.add(row("import-dump", "--data", d));
        rows.add(row("import-dump", "--data", d, dir.resolve("missing_releases.xml.gz").toString()));
        rows.add(row("import-dump", "--data", d, dir.resolve("a-folder").toString()));
        rows.add(row("import-dump", "--data", d, dir.resolve("garbage.xml.gz").toString()));
        rows.add(row("import-dump", "--data", d, dir.resolve("empty_releases.xml.gz").toString()));
        rows.add(row("import-dump", "--data", d, "a\u0000b_releases.xml.gz"));
        rows.add(row("import-dump", "--demo", "--data", d, dir.resolve("garbage.xml.gz").toString()));
        rows.add(row("salvage", "extra"));
        rows.add(row("salvage", "--data", dir.resolve("no-database-here").toString()));
        rows.add(row("salvage", "--data", dir.resolve("a-file").toString()));
        rows.add(row("salvage", "--data", dir.resolve("dangling.db").toString()));
        rows.add(row("salvage", "--data", dir.resolve("a-folder").toString()));
        rows.add(row("salvage", "--demo", "--data", d));
        return rows.stream();
    }

    private static Arguments row(String... args) {
        return Arguments.of((Object) args);
    }

    @ParameterizedTest
    @MethodSource("hostileCommandLines")
    void a_hostile_command_line_is_one_line_and_exit_2(String... args) {
        Captured<Integer> run = Captured.of(() -> Main.run(args));
        int code = run.result();
        String text = run.err();
        // informational log lines (the database opened) may come before; no warning, error or trace may
        List<String> said = text.lines().filter(l -> !l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d INFO .*")).toList();
        String shown = String.join(" ", args).replace("\u0000", "\\0");
        shown = shown.length() > 200 ? shown.substring(0, 200) + "…" : shown;
        assertEquals(2, code, shown + " → " + text);
        assertEquals(1, said.size(), shown + " → " + text);
        assertTrue(said.get(0).startsWith("spindle: "), text);
        assertFalse(text.contains("\tat ") || text.contains("Exception"), text);
        assertTrue(said.get(0).length() < 400, "one readable sentence: " + said.get(0).length() + " characters");
    }
}
