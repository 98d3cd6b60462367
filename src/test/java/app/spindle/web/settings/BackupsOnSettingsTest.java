package app.spindle.web.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.backups.BackupFile;
import app.spindle.backups.BackupSchedule;
import app.spindle.config.ConfigParser;
import app.spindle.testing.TestBrowserlessSession;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings page lists the automatic backups with size and age, and says how to restore the newest. */
class BackupsOnSettingsTest {
    @TempDir
    Path dir;

    @Test
    void settings_lists_each_backup_with_its_size_and_age_and_the_restore_command() {
        try (Spindle spindle = Spindle.start(ConfigParser.parse(new String[] {"--data", dir.toString(), "--port", "0",
                "--sync-interval", "0", "--backup-every", "12h", "--backup-keep", "3"}, k -> null))) {
            TestBrowserlessSession browser = new TestBrowserlessSession(spindle.port());
            assertTrue(browser.get("/settings").body().contains("No automatic backup yet."));

            assertEquals(BackupSchedule.Outcome.TAKEN, spindle.backups().takeIfDue());
            BackupFile backup = spindle.backups().backups().get(0);
            HttpResponse<String> page = browser.get("/settings");
            assertEquals(200, page.statusCode());
            String body = page.body();
            assertTrue(body.contains("every 12 hours, keeping the newest 3"), body);
            assertTrue(body.contains(backup.path().getFileName().toString()), body);
            assertTrue(body.contains(" KB</td>"), "the size in words: " + body);
            assertTrue(body.contains(">just now</time>"), "the age in words: " + body);
            Path db = dir.resolve("spindle.db").toAbsolutePath().normalize();
            assertTrue(body.contains("rm -f '" + db + "-wal' '" + db + "-shm' &amp;&amp; cp '"
                    + backup.path().toAbsolutePath().normalize() + "' '" + db + "'"), body);
        }
    }
}
