package app.spindle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsAuth;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.SettingsCredentialStore;
import app.spindle.mirror.query.MirrorCounts;
import app.spindle.sync.SyncStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveStatusTest {
    @TempDir
    Path dir;

    @Test
    void a_pages_header_gets_the_sync_state_without_waiting_for_the_mirrors_counts() {
        Database database = Database.open(dir);
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults("http://127.0.0.1:9"),
                new RateGovernor(60, Duration.ofSeconds(60)), new DiscogsModels());
        DiscogsAuth auth = new DiscogsAuth(api, new SettingsCredentialStore(database.jdbi()), null);
        // counts over a database without the mirror's tables: asking for them fails, so whoever asks is seen
        MirrorCounts uncountable = new MirrorCounts(Jdbi.create("jdbc:sqlite::memory:"));
        LiveStatus status = new LiveStatus(auth, () -> SyncStatus.idle(null), api::counters, uncountable,
                Clock.systemUTC(), () -> 1L, database.health());

        assertEquals(SyncStatus.State.DISCONNECTED, status.sync().state(), "no account connected: the header says so");
        assertThrows(RuntimeException.class, status::current, "the whole status counts the mirror");
        database.close();
    }
}
