package app.spindle.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.config.Config;
import app.spindle.config.ConfigException;
import app.spindle.config.ConfigParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpCommandTest {
    @TempDir
    Path dir;

    static Config parse(String... args) {
        return ConfigParser.parse(args, k -> null);
    }

    record Run(int code, String err) {
    }

    Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DumpCommand.run(parse(args), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_all_flag_belongs_to_import_dump_which_needs_files() {
        Config c = parse("import-dump", "a.xml.gz", "--all");
        assertTrue(c.importAll());
        assertEquals(java.util.List.of("a.xml.gz"), c.arguments());
        assertFalse(parse("import-dump", "a.xml.gz").importAll());
        assertThrows(ConfigException.class, () -> parse("sync", "--all"));
        assertTrue(assertThrows(ConfigException.class, () -> parse("import-dump")).getMessage().contains("needs the dump file"));
    }

    @Test
    void import_dump_all_reports_what_it_imported() throws Exception {
        Path data = dir.resolve("data");
        Run first = run("import-dump", DumpSamples.releases().toString(), "--all", "--data", data.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("discogs_20200806_releases.xml.gz imported: 1,000 records read, 1,000 imported"), first.err());
    }

    @Test
    void the_default_mode_without_an_account_or_listing_says_what_to_do() {
        Run r = run("import-dump", DumpSamples.releases().toString(), "--data", dir.resolve("data").toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("connect an account (DISCOGS_TOKEN or Settings) or use --all"), r.err());
    }

    @Test
    void a_file_it_cannot_use_is_exit_code_2_with_a_sentence() throws Exception {
        Path bogus = Files.writeString(dir.resolve("discogs_20200806_releases.xml.gz"), "not gzip");
        Run r = run("import-dump", bogus.toString(), "--all", "--data", dir.resolve("data").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("is not a gzip file"), r.err());
        Run missing = run("import-dump", dir.resolve("nothing.xml.gz").toString(), "--all", "--data", dir.resolve("data").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("spindle: there is no file"), missing.err());
    }
}
