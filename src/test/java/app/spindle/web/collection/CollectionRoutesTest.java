package app.spindle.web.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.Config;
import app.spindle.testing.SharedAccount;
import app.spindle.testing.SyncedAccount;
import app.spindle.testing.TestBrowserlessSession;
import app.spindle.testing.TestHttp;
import app.spindle.web.shelf.ShelfParams;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedAccount.class)
class CollectionRoutesTest {
    @TempDir
    static Path dir;
    static SyncedAccount account;
    static Spindle spindle;
    static TestHttp http;

    @BeforeAll
    static void connect(SharedAccount.Served served) {
        account = served.account();
        spindle = served.spindle();
        http = served.http();
    }

    @Test
    void the_collection_shows_every_mirrored_copy_with_its_facets() {
        HttpResponse<String> r = http.get("/collection");
        assertEquals(200, r.statusCode());
        long copies = account.count("SELECT count(*) FROM collection_items");
        assertTrue(r.body().contains(copies + " records"), r.body());
        assertEquals(ShelfParams.PAGE_SIZE, instancesShown(r.body()).size());
        for (String facet : new String[] {"folder", "format", "size", "genre", "style", "decade", "label", "country", "rating", "condition"}) {
            assertTrue(r.body().contains("data-facet=\"" + facet + "\""), facet);
        }
        assertTrue(r.body().contains("aria-current=\"page\">Collection</a>"));
    }

    @Test
    void each_artist_on_a_card_and_in_a_list_row_links_to_their_page() {
        var artist = account.jdbi().withHandle(h -> h.createQuery("""
                        SELECT a.artist_id, a.name FROM release_artists a JOIN collection_items c ON c.release_id = a.release_id
                        JOIN releases r ON r.id = a.release_id
                        WHERE a.kind = 'main' AND a.position = 0 AND a.artist_id > 0 AND a.name NOT LIKE '%(%'
                        ORDER BY r.id LIMIT 1""").mapToMap().one());
        String name = (String) artist.get("name");
        String link = "<a class=\"entity-ref\" href=\"/artists/" + artist.get("artist_id") + "\">"
                + name.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&#34;") + "</a>";
        String q = "&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        assertTrue(http.get("/collection?view=grid" + q).body().contains(link), link);
        assertTrue(http.get("/collection?view=list" + q).body().contains(link), link);
    }

    @Test
    void a_genre_and_a_decade_narrow_together_and_the_count_agrees_with_the_mirror() {
        String genre = account.jdbi().withHandle(h -> h.createQuery(
                "SELECT genre FROM release_genres GROUP BY genre ORDER BY count(*) DESC LIMIT 1").mapTo(String.class).one());
        long expected = account.count("SELECT count(*) FROM collection_items WHERE year BETWEEN 1980 AND 1989"
                + " AND release_id IN (SELECT release_id FROM release_genres WHERE genre = '" + genre.replace("'", "''") + "')");
        HttpResponse<String> r = http.get("/collection?decade=1980&genre=" + enc(genre));
        assertEquals(200, r.statusCode());
        assertEquals(expected, recordsShown(r.body()), r.body());
        assertTrue(r.body().contains("Decade: 1980s"));
        assertTrue(r.body().contains("Clear all"));
    }

    @Test
    void the_search_finds_a_record_by_catalog_number_barcode_matrix_and_track_title() {
        for (String q : new String[] {"PB 41447", "PB41447", "5012394144777", "UTOPIA", "instrumental", "astl"}) {
            HttpResponse<String> r = http.get("/collection?q=" + enc(q));
            assertEquals(200, r.statusCode(), q);
            assertTrue(r.body().contains("Never Gonna Give You Up"), q);
        }
        assertEquals(0, recordsShown(http.get("/collection?q=" + enc("zzzyx nothing")).body()));
    }

    @Test
    void a_style_or_genre_typed_into_the_search_finds_every_record_of_it() {
        for (String facet : new String[] {"style", "genre"}) {
            String value = account.jdbi().withHandle(h -> h.createQuery("SELECT g." + facet + " FROM release_" + facet
                    + "s g JOIN collection_items c ON c.release_id = g.release_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
                    .mapTo(String.class).one());
            long holding = account.count("SELECT count(*) FROM collection_items WHERE release_id IN (SELECT release_id FROM release_"
                    + facet + "s WHERE " + facet + " = '" + value.replace("'", "''") + "')");
            String typed = value.split("[^\\p{L}]+")[0].toLowerCase(java.util.Locale.ROOT);
            assertEquals(holding, recordsShown(http.get("/collection?q=" + enc(typed) + "&" + facet + "=" + enc(value)).body()),
                    "\"" + typed + "\" finds every record of the " + facet + " " + value);
            assertTrue(recordsShown(http.get("/collection?q=" + enc(typed)).body()) >= holding, typed);
        }
    }

    @Test
    void a_search_shows_the_records_called_what_was_typed_before_those_that_only_have_it_as_their_genre() {
        String body = http.get("/collection?q=blues").body();
        List<Long> shown = instancesShown(body);
        Map<Long, String> titles = new HashMap<>();
        account.jdbi().withHandle(h -> h.createQuery("""
                        SELECT c.instance_id, r.title || ' ' || r.artist_credit FROM collection_items c
                        JOIN releases r ON r.id = c.release_id""")
                .map((rs, ctx) -> titles.put(rs.getLong(1), rs.getString(2).toLowerCase(Locale.ROOT))).list());
        int lastCalledBlues = -1;
        int firstOnlyByGenre = -1;
        for (int n = 0; n < shown.size(); n++) {
            if (titles.get(shown.get(n)).contains("blues")) {
                lastCalledBlues = n;
            } else if (firstOnlyByGenre < 0) {
                firstOnlyByGenre = n;
            }
        }
        assertTrue(lastCalledBlues >= 0 && firstOnlyByGenre >= 0, "both kinds are on the first page: " + shown.size());
        assertTrue(lastCalledBlues < firstOnlyByGenre, "every record called blues comes first: the last at "
                + lastCalledBlues + ", the first with blues only as its genre or in a track at " + firstOnlyByGenre);
        assertTrue(body.contains("<option value=\"\" selected>Best match</option>"), "the order is named, and the default");
        assertFalse(http.get("/collection").body().contains("Best match"), "no words, nothing to rank by");
    }

    @Test
    void a_misspelt_name_finds_nothing_but_offers_the_spelling_that_finds_the_record() {
        String body = http.get("/collection?q=asltey").body();
        assertEquals(0, recordsShown(body));
        Matcher link = Pattern.compile("Did you mean <a href=\"([^\"]+)\">astley</a>\\?").matcher(body);
        assertTrue(link.find(), body);
        String corrected = http.get(link.group(1).replace("&amp;", "&")).body();
        assertTrue(corrected.contains("Never Gonna Give You Up"), corrected);

        assertTrue(http.get("/collection?q=" + enc("never gona")).body().contains(">never gonna</a>?"),
                "the word that finds something stays, the one that does not is corrected");
        assertFalse(http.get("/collection?q=zzzyx").body().contains("Did you mean"), "nothing near zzzyx is known");
    }

    @Test
    void search_text_with_fts_syntax_is_searched_for_not_interpreted() {
        for (String q : new String[] {"\"", "AND", "a OR b", "NEAR(x y)", "*", "title:foo", "-", "(((", "'; DROP TABLE releases; --",
                "q\u19B0z" /* one word to Java, two to the index, which answers no phrases */}) {
            HttpResponse<String> r = http.get("/collection?q=" + enc(q));
            assertEquals(200, r.statusCode(), q + ": " + r.body());
        }
        assertTrue(account.count("SELECT count(*) FROM releases") > 0);
    }

    @Test
    void sorting_by_artist_follows_the_mirrors_sort_names_and_pages_continue_the_order() {
        java.util.List<Long> expected = account.jdbi().withHandle(h -> h.createQuery(
                "SELECT instance_id FROM collection_items ORDER BY sort_artist, sort_title, instance_id")
                .mapTo(Long.class).list());
        java.util.List<Long> shown = new java.util.ArrayList<>(instancesShown(http.get("/collection?sort=artist-asc").body()));
        shown.addAll(instancesShown(http.get("/collection?sort=artist-asc&page=2").body()));
        assertEquals(expected, shown);
        java.util.List<Long> descending = instancesShown(http.get("/collection?sort=artist-desc").body());
        assertEquals(expected.get(expected.size() - 1), descending.get(0));
    }

    static java.util.List<Long> instancesShown(String body) {
        Matcher m = Pattern.compile("id=\"copy-(\\d+)\"").matcher(body);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void an_htmx_request_gets_the_results_fragment_and_a_canonical_url_to_push() {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/collection?q=&genre=Rock&sort=added-desc"))
                .header("HX-Request", "true").GET().build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().trim().startsWith("<div id=\"" + app.spindle.web.Paths.SHELF_RESULTS_ID + "\""), r.body());
        assertFalse(r.body().contains("<html"));
        assertEquals("/collection?genre=Rock", r.headers().firstValue("HX-Push-Url").orElseThrow());
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("HX-Request"));
    }

    @Test
    void the_facet_panel_can_be_asked_for_on_its_own() {
        HttpResponse<String> r = http.get(app.spindle.web.Paths.COLLECTION_FACETS + "?genre=Rock");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().trim().startsWith("<aside id=\"" + app.spindle.web.Paths.SHELF_FACETS_ID + "\""), r.body());
        assertFalse(r.body().contains("data-facet=\"genre\""), "a chosen facet is not offered again");
        assertEquals(400, http.get(app.spindle.web.Paths.COLLECTION_FACETS + "?rating=11").statusCode());
    }

    @Test
    void the_back_button_restore_gets_the_whole_page() {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/collection?genre=Rock"))
                .header("HX-Request", "true").header("HX-History-Restore-Request", "true").GET().build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<html"));
    }

    @Test
    void the_list_view_is_remembered_in_a_cookie() {
        TestBrowserlessSession browser = new TestBrowserlessSession(spindle.port());
        assertTrue(browser.get("/collection").body().contains("class=\"shelf-grid\""));
        assertTrue(browser.get("/collection?view=list").body().contains("class=\"shelf-table\""));
        assertEquals("list", browser.cookie(ShelfParams.VIEW_COOKIE));
        assertTrue(browser.get("/collection").body().contains("class=\"shelf-table\""));
        assertTrue(browser.get("/collection?view=grid").body().contains("class=\"shelf-grid\""));
        assertTrue(browser.get("/collection").body().contains("class=\"shelf-grid\""));
    }

    @Test
    void every_unusable_parameter_is_refused_with_a_clear_400() {
        String[][] cases = {
                {"page=0", "page must be a whole number"}, {"page=abc", "page must be a whole number"},
                {"page=-3", "page must be a whole number"}, {"sort=color", "cannot sort by"},
                {"sort=artist-sideways", "cannot sort by"}, {"decade=1973", "decade is given by its first year"},
                {"decade=abc", "must be a whole number"}, {"year=99999", "out of range"}, {"rating=9", "from 0"},
                {"size=11%22", "There is no size"}, {"label=0", "There is no label"}, {"view=tiles", "grid or list"},
                {"q=" + "x".repeat(201), "at most 200 characters"}, {"genre=" + "g".repeat(201), "at most 200"}};
        for (String[] c : cases) {
            HttpResponse<String> r = http.get("/collection?" + c[0]);
            assertEquals(400, r.statusCode(), c[0]);
            assertTrue(r.body().contains(c[1]), c[0] + ": " + r.body());
            assertFalse(r.body().contains("Exception"), c[0]);
        }
    }

    @Test
    void a_page_past_the_end_is_not_found_and_says_how_many_pages_there_are() {
        HttpResponse<String> r = http.get("/collection?page=999");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("past the end"), r.body());
    }

    @Test
    void an_empty_result_offers_to_clear_the_filters() {
        HttpResponse<String> r = http.get("/collection?genre=" + enc("No Such Genre"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("0 records"));
        assertTrue(r.body().contains(">clear all filters</a>"), r.body());
    }

    @Test
    void downloaded_covers_are_served_from_the_data_folder_and_nothing_else_is() throws Exception {
        Path images = Files.createDirectories(spindle.config().dataDir().resolve("images"));
        Files.write(images.resolve("249504.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
        HttpResponse<String> r = http.get("/images/249504.jpg");
        assertEquals(200, r.statusCode());
        assertEquals("image/jpeg", r.headers().firstValue("Content-Type").orElseThrow());
        for (String path : new String[] {"/images/..%2Fspindle.db", "/images/%2E%2E%2Fspindle.db", "/images/spindle.db",
                "/images/.hidden.jpg", "/images/missing.jpg"}) {
            HttpResponse<String> refused = http.get(path);
            assertTrue(refused.statusCode() == 404 || refused.statusCode() == 400, path + " -> " + refused.statusCode());
            assertFalse(refused.body().contains("SQLite"), path);
        }
    }

    @Test
    void a_cover_row_in_the_mirror_shows_the_local_image_never_a_remote_one() {
        account.jdbi().useHandle(h -> h.execute(
                "INSERT OR REPLACE INTO cover_images (release_id, remote_uri, local_file) VALUES (249504, 'https://i.discogs.com/x.jpg', 'images/249504.jpg')"));
        String body = http.get("/collection?q=" + enc("PB 41447")).body();
        assertTrue(body.contains("src=\"/images/249504.jpg\""), body);
        assertFalse(body.contains("i.discogs.com"));
    }

    @Test
    void with_nothing_mirrored_the_page_explains_how_to_start() throws Exception {
        try (Spindle empty = Spindle.start(Config.defaults(Files.createTempDirectory(dir, "empty")).withPort(0))) {
            HttpResponse<String> r = new TestHttp(empty.port()).get("/collection");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("Connect your Discogs account"), r.body());
            assertTrue(r.body().contains("--demo"));
        }
    }

    static long recordsShown(String body) {
        Matcher m = Pattern.compile("<p class=\"shelf-count\"[^>]*>([\\d,]+) records?</p>").matcher(body);
        assertTrue(m.find(), "no count in the page");
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
