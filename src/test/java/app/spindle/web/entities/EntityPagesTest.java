package app.spindle.web.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.testing.SyncedAccount;
import app.spindle.testing.TestHttp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release, master, artist and label pages against a synced FakeDiscogs account, counting requests at the fake. */
class EntityPagesTest {
    @TempDir
    static Path dir;
    static SyncedAccount account;
    static Spindle spindle;
    static TestHttp http;

    @BeforeAll
    static void start() {
        account = SyncedAccount.sync(dir, 120, 40);
        spindle = account.startSpindle();
        http = new TestHttp(spindle.port());
    }

    @AfterAll
    static void stop() {
        spindle.close();
        account.close();
    }

    @Test
    void a_release_you_do_not_have_is_fetched_once_shown_as_not_yours_and_never_counted() {
        long stranger = account.fake.releaseIds().stream()
                .filter(id -> id >= 40_000_000L && account.count("SELECT count(*) FROM releases WHERE id = " + id) == 0)
                .findFirst().orElseThrow();
        long collection = account.count("SELECT count(*) FROM collection_items");
        String first = afterRequests(1, "/releases/" + stranger);
        assertTrue(first.contains("Not in your collection or wantlist."));
        assertTrue(first.contains("Add to wantlist"));
        assertTrue(first.contains("href=\"/labels/1"), "the label links to its page");
        assertTrue(first.contains("href=\"/artists/2"), "the artist links to their page");
        afterRequests(0, "/releases/" + stranger);
        assertEquals(collection, account.count("SELECT count(*) FROM collection_items"));
        assertFalse(http.get("/collection").body().contains("/releases/" + stranger + "\""), "not on the collection shelf");
    }

    @Test
    void an_id_discogs_does_not_know_is_a_404_page_with_a_search_link() {
        HttpResponse<String> missing = http.get("/releases/39999999");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Search Discogs"));
        assertEquals(404, http.get("/artists/19999999").statusCode());
        assertEquals(404, http.get("/labels/9999999").statusCode());
    }

    @Test
    void an_artist_page_and_its_discography_cost_one_request_each_then_nothing() {
        long artist = firstId("SELECT artist_id FROM release_artists WHERE kind = 'main' AND artist_id >= 20000000"
                + " AND release_id IN (SELECT release_id FROM collection_items) LIMIT 1");
        String page = afterRequests(1, "/artists/" + artist);
        assertTrue(page.contains("Yours by"));
        assertTrue(page.contains("Asking Discogs"), "the discography is asked for after the page");
        String discography = afterRequests(1, "/artists/" + artist + "/discography?sort=year&order=asc");
        assertTrue(discography.contains("on Discogs"));
        assertTrue(discography.contains("badge-own") || discography.contains("You own"), "what you own is marked");
        assertTrue(account.count("SELECT count(*) FROM entity_list_entries") > 0, "the discography is stored");
        assertEquals(0, account.count("SELECT count(*) FROM entity_list_entries WHERE entry_type NOT IN ('release', 'master')"),
                "an entry's type is stored as Discogs' own word");
        String again = afterRequests(0, "/artists/" + artist);
        assertFalse(again.contains("Asking Discogs"), "the second visit shows the stored discography at once");
        assertTrue(again.contains("Fetched from Discogs"));
    }

    @Test
    void a_label_page_shows_its_catalogue_by_catalog_number_with_your_completion_and_costs_nothing_the_second_time() {
        long label = firstId("SELECT label_id FROM release_labels WHERE kind = 'label' AND label_id >= 10000000"
                + " AND release_id IN (SELECT release_id FROM collection_items) LIMIT 1");
        afterRequests(1, "/labels/" + label);
        String catalogue = afterRequests(1, "/labels/" + label + "/catalogue?missing=0");
        Matcher completion = Pattern.compile("You own (\\d+) of (\\d+) release").matcher(catalogue);
        assertTrue(completion.find(), "a completion line");
        assertTrue(Integer.parseInt(completion.group(1)) >= 1);
        String page = afterRequests(0, "/labels/" + label);
        assertTrue(page.contains("Sorted by catalog number"));
        String missing = afterRequests(0, "/labels/" + label + "?missing=1");
        assertTrue(missing.contains("you miss"));
    }

    @Test
    void a_label_catalogue_loaded_in_part_says_its_order_is_only_among_the_loaded_and_offers_to_load_all() {
        long label = 17_777_777L;
        account.jdbi().useHandle(h -> {
            h.execute("INSERT INTO entity_list_pages (owner_kind, owner_id, list_key, page, pages, items, fetched_at) "
                    + "VALUES ('label', " + label + ", '', 1, 3, 250, '2026-12-01T10:00:00Z')");
            for (int i = 0; i < 100; i++) {
                h.execute("INSERT INTO entity_list_entries (owner_kind, owner_id, list_key, page, position, entry_type, entry_id, "
                        + "title, catno, catno_key) VALUES ('label', " + label + ", '', 1, " + i + ", 'release', " + (90_000_000 + i)
                        + ", 'Record " + i + "', 'ZZ " + (300 - i) + "', 'ZZ" + (300 - i) + "')");
            }
        });
        String section = afterRequests(0, "/labels/" + label + "/catalogue?missing=0");
        assertTrue(section.contains("Sorted by catalog number among the 100 of 250 loaded so far"), section);
        assertTrue(section.contains("one not loaded yet may belong anywhere; load them all for the complete order"));
        assertTrue(section.contains("Load all 250 (2 more requests to Discogs)"));
        assertTrue(section.contains("hx-get=\"/labels/" + label + "/catalogue?missing=0&amp;all=1\""), section);
        assertTrue(section.indexOf("ZZ 201") < section.indexOf("ZZ 300"), "the loaded ones in catalog number order");
    }

    @Test
    void a_master_page_shows_its_versions_with_filters_and_how_many_you_own() {
        long master = firstId("SELECT r.master_id FROM releases r JOIN collection_items i ON i.release_id = r.id"
                + " WHERE r.master_id >= 30000000 LIMIT 1");
        String page = afterRequests(1, "/masters/" + master);
        assertTrue(page.contains("Tracklist"));
        assertTrue(page.contains("Filter versions"));
        String versions = afterRequests(1, "/masters/" + master + "/versions?sort=year");
        assertTrue(Pattern.compile("You own [1-9]\\d* of \\d+ version").matcher(versions).find(), versions);
        afterRequests(0, "/masters/" + master + "?sort=title");
        assertEquals(400, http.get("/masters/" + master + "?sort=price").statusCode());
    }

    private static long firstId(String sql) {
        return account.count(sql);
    }

    /**
     * GETs a path and checks how many requests it cost at the fake: database requests only, since the
     * price worker may still be pricing the wantlist in the background (on a busy machine it is).
     */
    private static String afterRequests(long expected, String path) {
        long before = databaseRequests();
        HttpResponse<String> response = http.get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(expected, databaseRequests() - before, "requests for " + path);
        return response.body();
    }

    private static long databaseRequests() {
        return account.fake.requests().stream().filter(r -> !r.path().startsWith("/marketplace/")).count();
    }
}
