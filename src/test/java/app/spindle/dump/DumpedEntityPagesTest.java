package app.spindle.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.testing.SyncedAccount;
import app.spindle.testing.TestHttp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After {@code import-dump --all} with the masters, artists and labels files, the artist, label and master pages
 * and their lists come from the mirror: connected to Discogs, they still ask it nothing.
 */
class DumpedEntityPagesTest {
    @TempDir
    static Path dir;
    static SyncedAccount account;
    static Spindle spindle;
    static TestHttp http;

    @BeforeAll
    static void importTheWholeDumpThenConnect() {
        Clock clock = Clock.systemUTC();
        Mirror mirror = new Mirror(Database.open(dir), clock);
        ImportResult releases = new DumpImporter(mirror, clock).importReleases(DumpFile.of(DumpSamples.releases()),
                ImportMode.ALL, new ImportProgress(clock), () -> false);
        assertTrue(releases.succeeded(), releases.toString());
        for (String file : new String[] {"masters", "artists", "labels"}) {
            new EntityImporter(mirror, clock).importEntities(DumpFile.of(DumpSamples.file("discogs_20200806_" + file + ".xml.gz")),
                    new ImportProgress(clock), () -> false);
        }
        account = SyncedAccount.sync(dir, 10, 5);
        spindle = account.startSpindle();
        http = new TestHttp(spindle.port());
    }

    @AfterAll
    static void stop() {
        spindle.close();
        account.close();
    }

    @Test
    void an_artist_page_lists_their_discography_from_the_dump_without_asking_discogs() {
        long artist = account.count("SELECT artist_id FROM release_artists WHERE kind = 'main' AND release_id < 40000000"
                + " AND artist_id IN (SELECT id FROM artists WHERE gzip IS NOT NULL)"
                + " GROUP BY artist_id ORDER BY count(*) DESC, artist_id LIMIT 1");
        String page = withoutEntityRequests("/artists/" + artist);
        assertTrue(page.matches("(?s).*\\d+ entr(y|ies) in the imported data dump.*"), page);
        assertTrue(entries(page) > 0, page);
    }

    @Test
    void a_label_page_lists_its_catalogue_from_the_dump_by_catalog_number_without_asking_discogs() {
        long label = account.count("SELECT label_id FROM release_labels WHERE kind = 'label' AND release_id < 40000000"
                + " AND label_id IN (SELECT id FROM labels WHERE gzip IS NOT NULL)"
                + " GROUP BY label_id ORDER BY count(*) DESC, label_id LIMIT 1");
        long releases = account.count("SELECT count(DISTINCT release_id) FROM release_labels WHERE kind = 'label' AND label_id = "
                + label);
        String page = withoutEntityRequests("/labels/" + label);
        assertTrue(page.contains("From the imported data dump; sorted by catalog number."), page);
        assertTrue(page.contains(" of " + releases + (releases == 1 ? " release" : " releases") + " on this label"), page);
        assertEquals(Math.min(100, releases), entries(page));
    }

    @Test
    void a_master_lists_its_versions_from_the_dump_with_filters_without_asking_discogs() {
        long master = account.count("SELECT master_id FROM releases WHERE master_id > 0 AND id < 40000000"
                + " GROUP BY master_id ORDER BY count(*) DESC, master_id LIMIT 1");
        long versions = account.count("SELECT count(*) FROM releases WHERE master_id = " + master);
        assertTrue(versions > 1, "the sample holds a master with several versions");
        String section = withoutEntityRequests("/masters/" + master + "/versions?sort=year");
        assertTrue(section.contains("From the imported data dump."), section);
        assertTrue(section.contains(" of " + versions + " versions"), section);
        assertEquals(versions, entries(section));
    }

    /** GETs a page, which must answer 200 without one request for an artist, label or master at the fake. */
    private static String withoutEntityRequests(String path) {
        long before = entityRequests();
        HttpResponse<String> response = http.get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(0, entityRequests() - before, "requests to Discogs for " + path);
        return response.body();
    }

    private static long entityRequests() {
        return account.fake.requests().stream().filter(r -> r.path().matches("/(artists|labels|masters)/.*")).count();
    }

    private static int entries(String html) {
        Matcher m = Pattern.compile("class=\"result entity-entry").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
