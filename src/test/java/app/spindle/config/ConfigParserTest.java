package app.spindle.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigParserTest {

    private static Config parse(Map<String, String> env, String... args) {
        return ConfigParser.parse(args, env::get);
    }

    @Test
    void defaults_serve_on_loopback_port_8080_with_data_in_the_working_folder() {
        Config c = parse(Map.of());
        assertEquals(Command.SERVE, c.command());
        assertEquals("127.0.0.1", c.host());
        assertEquals(8080, c.port());
        assertEquals(Path.of("./data"), c.dataDir());
        assertEquals("https://api.discogs.com", c.apiUrl());
        assertEquals(Duration.ofHours(6), c.syncInterval());
        assertEquals(Duration.ofDays(30), c.refreshAge());
        assertFalse(c.demo());
    }

    @Test
    void flags_win_over_environment_variables() {
        Config c = parse(Map.of("SPINDLE_PORT", "9000", "SPINDLE_HOST", "0.0.0.0"), "--port", "9100");
        assertEquals(9100, c.port());
        assertEquals("0.0.0.0", c.host());
    }

    @Test
    void flags_accept_the_equals_form() {
        Config c = parse(Map.of(), "--port=9200", "--sync-interval=30m", "--demo");
        assertEquals(9200, c.port());
        assertEquals(Duration.ofMinutes(30), c.syncInterval());
        assertTrue(c.demo());
    }

    @Test
    void bad_values_name_the_setting_and_the_value() {
        ConfigException port = assertThrows(ConfigException.class, () -> parse(Map.of(), "--port", "abc"));
        assertEquals("--port must be a number (got 'abc')", port.getMessage());
        ConfigException range = assertThrows(ConfigException.class, () -> parse(Map.of(), "--port", "70000"));
        assertTrue(range.getMessage().contains("between 0 and 65535"));
        ConfigException fromEnv = assertThrows(ConfigException.class, () -> parse(Map.of("SPINDLE_SYNC_INTERVAL", "often")));
        assertTrue(fromEnv.getMessage().startsWith("--sync-interval must be a duration"));
        ConfigException url = assertThrows(ConfigException.class, () -> parse(Map.of(), "--api-url", "ftp://x"));
        assertTrue(url.getMessage().contains("--api-url"));
    }

    @Test
    void unknown_flags_commands_and_missing_values_are_refused() {
        assertEquals("unknown option --colour (see --help)",
                assertThrows(ConfigException.class, () -> parse(Map.of(), "--colour", "red")).getMessage());
        assertTrue(assertThrows(ConfigException.class, () -> parse(Map.of(), "dance")).getMessage().contains("unknown command"));
        assertEquals("--port needs a value", assertThrows(ConfigException.class, () -> parse(Map.of(), "--port")).getMessage());
    }

    @Test
    void every_duration_and_size_has_a_sane_range_and_says_it() {
        assertEquals("--sync-interval must be between 1m and 365d, or 0 for never (got '99999999999999d')",
                assertThrows(ConfigException.class, () -> parse(Map.of(), "--sync-interval", "99999999999999d")).getMessage());
        assertEquals("--sync-interval must be between 1m and 365d, or 0 for never (got '99999999999999999999999')",
                assertThrows(ConfigException.class, () -> parse(Map.of(), "--sync-interval", "99999999999999999999999")).getMessage());
        assertEquals("--sync-interval must be between 1m and 365d, or 0 for never (got '5s')",
                assertThrows(ConfigException.class, () -> parse(Map.of(), "--sync-interval", "5s")).getMessage());
        assertEquals("--refresh-age must be between 1h and 3650d (got '99999999999999d')",
                assertThrows(ConfigException.class, () -> parse(Map.of(), "--refresh-age", "99999999999999d")).getMessage());
        assertEquals("--full-listing-interval must be between 0 and 365d (got '400d')",
                assertThrows(ConfigException.class, () -> parse(Map.of(), "--full-listing-interval", "400d")).getMessage());
        assertEquals("--max-upload must be between 1KB and 1GB (got '99999999999GB')",
                assertThrows(ConfigException.class, () -> parse(Map.of("SPINDLE_MAX_UPLOAD", "99999999999GB"))).getMessage());
        assertEquals("--max-upload must be between 1KB and 1GB (got '0')",
                assertThrows(ConfigException.class, () -> parse(Map.of(), "--max-upload", "0")).getMessage());
        assertEquals(Duration.ZERO, parse(Map.of(), "--sync-interval", "0").syncInterval());
        assertEquals(Duration.ofDays(365), parse(Map.of(), "--sync-interval", "365d").syncInterval());
        assertEquals(Duration.ZERO, parse(Map.of(), "--full-listing-interval", "0").fullListingInterval());
    }

    @Test
    void sizes_and_durations_read_their_units() {
        assertEquals(20L * 1024 * 1024, Quantities.size("--max-upload", "20MB"));
        assertEquals(512L * 1024, Quantities.size("--max-upload", "512k"));
        assertEquals(Duration.ofDays(1), Quantities.duration("--x", "1d"));
        assertEquals(Duration.ofSeconds(90), Quantities.duration("--x", "90"));
    }

    @Test
    void help_lists_every_option_with_its_environment_variable_and_default() {
        String help = ConfigParser.help();
        for (Option o : ConfigParser.OPTIONS) {
            assertTrue(help.contains(o.flag()), o.flag());
            assertTrue(help.contains(o.env()), o.env());
            if (o.defaultValue() != null && !o.defaultValue().isEmpty()) {
                assertTrue(help.contains("(default: " + o.defaultValue() + ")"), o.flag() + " default");
            }
        }
    }

    @Test
    void a_base_path_loses_its_trailing_slash_and_must_be_absolute() {
        assertEquals("/spindle", parse(Map.of(), "--base-path", "/spindle/").basePath());
        assertThrows(ConfigException.class, () -> parse(Map.of(), "--base-path", "spindle"));
    }

    @Test
    void help_shows_the_range_of_every_number_duration_and_size_setting() {
        String help = ConfigParser.help();
        java.util.List<String> ranged = ConfigParser.OPTIONS.stream().filter(o -> o.range() != null).map(Option::flag).toList();
        assertEquals(java.util.List.of("--port", "--sync-interval", "--refresh-age", "--full-listing-interval", "--max-upload",
                "--backup-every", "--backup-keep", "--demo-size"), ranged);
        assertTrue(help.contains("time between background syncs (e.g. 30m, 6h, 1d); between 1m and 365d, or 0 for never"), help);
        assertTrue(help.contains("largest file accepted for matching uploads; between 1KB and 1GB"), help);
        assertTrue(help.contains("automatic backups kept (0 turns them off); between 0 and 365"), help);
        assertTrue(help.contains("port to listen on; between 0 and 65535"), help);
        assertTrue(help.contains("salvage"), help);
    }

    @Test
    void backups_default_to_daily_keeping_seven_and_turn_off_with_zero() {
        Config defaults = parse(Map.of());
        assertEquals(Duration.ofDays(1), defaults.backupEvery());
        assertEquals(7, defaults.backupKeep());
        assertEquals(Duration.ZERO, parse(Map.of("SPINDLE_BACKUP_EVERY", "0")).backupEvery());
        assertEquals(0, parse(Map.of(), "--backup-keep", "0").backupKeep());
        ConfigException tooOften = assertThrows(ConfigException.class, () -> parse(Map.of(), "--backup-every", "5m"));
        assertEquals("--backup-every must be between 1h and 30d, or 0 for never (got '5m')", tooOften.getMessage());
    }
}
