package app.spindle.web.prices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.prices.PriceHistory;
import app.spindle.prices.PriceObservation;
import app.spindle.testing.Eventually;
import app.spindle.testing.SyncedAccount;
import app.spindle.testing.TestBrowserlessSession;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wantlist's own cards, filters and sorts carry the prices the background pass saw, with their age. */
class PricesOnTheWantlistTest {
    @TempDir
    static Path dir;
    static SyncedAccount account;
    static Spindle spindle;
    static TestBrowserlessSession browser;
    static List<Long> wants;

    @BeforeAll
    static void start() {
        account = SyncedAccount.sync(dir, 10, 30);
        wants = List.copyOf(account.fake.account().wantReleaseIds());
        account.fake.marketplace().setListing(wants.get(0), 4, 12.0);
        account.fake.marketplace().setListing(wants.get(1), 9, 50.0);
        account.fake.marketplace().setListing(wants.get(2), 0, null);
        spindle = account.startSpindle();
        browser = new TestBrowserlessSession(spindle.port());
        Eventually.waitFor(() -> account.count("SELECT count(*) FROM price_observations"), n -> n >= wants.size(),
                Duration.ofSeconds(60));
        // a week ago the fourth want cost 40 more than it does now
        PriceHistory history = new PriceHistory(account.database.jdbi());
        Instant now = Instant.now();
        history.record(new PriceObservation(wants.get(3), now.minus(Duration.ofDays(8)), 45.0, 2, "USD"));
        history.record(new PriceObservation(wants.get(3), now, 5.0, 3, "USD"));
        assertEquals(200, browser.postForm("/releases/" + wants.get(0) + "/target",
                Map.of("target", "15", "do", "save"), true).statusCode());
        assertEquals(200, browser.postForm("/releases/" + wants.get(1) + "/target",
                Map.of("target", "20", "do", "save"), true).statusCode());
    }

    @AfterAll
    static void stop() {
        spindle.close();
        account.close();
    }

    private static String page(String path) {
        HttpResponse<String> response = browser.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** One card or row: from its opening tag to the next entry's (or the end of the list). */
    private static String card(String page, long releaseId) {
        int id = page.indexOf("id=\"want-" + releaseId + "\"");
        if (id < 0) {
            return null;
        }
        int start = page.lastIndexOf('<', id);
        int next = page.indexOf("class=\"shelf-item", id);
        return page.substring(start, next < 0 ? page.length() : page.lastIndexOf('<', next));
    }

    /** The entries' ids in page order. */
    private static List<String> order(String page) {
        return Pattern.compile("class=\"shelf-item[^\"]*\" id=\"(want-\\d+)\"").matcher(page).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void a_want_card_shows_its_lowest_price_copies_for_sale_age_and_target() {
        String grid = page("/wantlist?view=grid");
        String cheap = card(grid, wants.get(0));
        assertTrue(cheap.contains("<span class=\"card-price-amount\">12.00 USD · 4 for sale</span>"), cheap);
        assertTrue(cheap.contains("<span class=\"card-price-age\">seen "), cheap);
        assertTrue(cheap.contains("<strong>Deal:</strong> at or under your target of 15.00 USD"), cheap);
        assertTrue(cheap.contains("shelf-item card-item shelf-deal"), "at or under target: highlighted");
        String dear = card(grid, wants.get(1));
        assertTrue(dear.contains("<span class=\"card-price-target\">target 20.00 USD</span>"), dear);
        assertFalse(dear.contains("shelf-deal"), "50 is over the target of 20");
        assertTrue(card(grid, wants.get(2)).contains("<span class=\"card-price-amount\">none for sale</span>"));

        String row = card(page("/wantlist?view=list"), wants.get(0));
        assertTrue(row.startsWith("<tr class=\"shelf-item shelf-deal\""), row);
        assertTrue(row.contains("</a><span class=\"card-price card-price-deal\">"), "in the title cell: " + row);
    }

    @Test
    void for_sale_now_and_under_my_target_narrow_the_wantlist_and_are_counted_in_the_facets() {
        List<String> forSale = order(page("/wantlist?price=for-sale"));
        assertTrue(forSale.contains("want-" + wants.get(0)) && forSale.contains("want-" + wants.get(1)), forSale.toString());
        assertFalse(forSale.contains("want-" + wants.get(2)), "nothing for sale");
        assertTrue(page("/wantlist?price=for-sale").contains("Price: For sale now"));

        assertEquals(List.of("want-" + wants.get(0)), order(page("/wantlist?price=under-target")));

        String all = page("/wantlist");
        assertTrue(all.contains("<span class=\"facet-label\">Under my target</span> <span class=\"count\">1</span>"), all);
        assertTrue(all.contains("<span class=\"facet-label\">For sale now</span>"));
    }

    @Test
    void cheapest_first_and_dropped_most_since_last_week_order_the_wantlist() {
        List<String> cheapest = order(page("/wantlist?sort=price-asc"));
        assertEquals(wants.size(), cheapest.size(), cheapest.toString());
        assertTrue(cheapest.indexOf("want-" + wants.get(0)) < cheapest.indexOf("want-" + wants.get(1)), cheapest.toString());
        long priced = account.count("SELECT count(*) FROM latest_prices WHERE lowest_price IS NOT NULL");
        assertTrue(cheapest.indexOf("want-" + wants.get(2)) >= priced, "nothing for sale comes after every price");
        assertEquals("want-" + wants.get(3), order(page("/wantlist?sort=drop-asc")).get(0), "40 cheaper than a week ago");
        String all = page("/wantlist");
        assertTrue(all.contains(">Cheapest first</option>") && all.contains(">Dropped most since last week</option>"));
    }

    @Test
    void the_shopping_list_prices_each_line_with_its_age_and_totals_them_saying_how_many_have_no_price() {
        String list = page("/wantlist/shopping-list?price=for-sale");
        assertTrue(list.contains("<td class=\"shopping-price\">12.00 USD · 4 for sale<br><span class=\"muted\">seen "), list);
        long forSale = order(page("/wantlist?price=for-sale")).size();
        double sum = account.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT sum(lowest_price) FROM latest_prices WHERE num_for_sale > 0 AND lowest_price IS NOT NULL")
                .mapTo(Double.class).one());
        assertTrue(list.contains(String.format(java.util.Locale.ROOT, "<strong>Total at the lowest prices: %.2f USD</strong>",
                sum)), "all " + forSale + " for sale have a price: " + list);
        long withoutPrice = account.count("SELECT count(*) FROM wants w LEFT JOIN latest_prices p ON p.release_id = w.release_id"
                + " WHERE p.lowest_price IS NULL");
        assertTrue(withoutPrice >= 1, "at least the want with none for sale");
        assertTrue(page("/wantlist/shopping-list").contains(" · " + withoutPrice + " without a price</strong>"));
    }

    @Test
    void the_wantlist_csv_carries_the_latest_lowest_price_its_currency_date_and_the_target() {
        String csv = page("/export/wantlist.csv");
        String line = csv.lines().filter(l -> l.contains("," + wants.get(0) + ",")).findFirst().orElseThrow();
        String seen = account.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT observed_at FROM latest_prices WHERE release_id = :id").bind("id", wants.get(0))
                .mapTo(String.class).one()).substring(0, 19).replace('T', ' ');
        assertTrue(line.endsWith(",12.00,USD," + seen + ",15.00 USD"), line);
        String none = csv.lines().filter(l -> l.contains("," + wants.get(2) + ",")).findFirst().orElseThrow();
        assertTrue(none.matches(".*,,,\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,$"), "seen, nothing for sale: " + none);
    }

    @Test
    void the_landing_page_lists_the_wants_at_or_under_their_target_with_price_and_age() {
        HttpResponse<String> home = browser.get("/collection");
        assertEquals(200, home.statusCode());
        String strip = home.body().substring(home.body().indexOf("<section class=\"deals-strip\""));
        strip = strip.substring(0, strip.indexOf("</section>"));
        assertTrue(strip.contains("1 want is at or under your target"), strip);
        assertTrue(strip.contains("href=\"/releases/" + wants.get(0) + "\""), strip);
        assertTrue(strip.contains("12.00 USD · 4 for sale") && strip.contains("target 15.00 USD · seen "), strip);
        assertFalse(strip.contains("/releases/" + wants.get(1) + "\""), "over its target");
        assertTrue(strip.contains("href=\"/wantlist?price=under-target\"") && strip.contains("href=\"/feeds/deals.atom\""));
        assertFalse(page("/collection?page=1&q=zzzz").contains("deals-strip"), "only on the landing view, not a search");
    }

    @Test
    void with_the_settings_choice_on_a_target_goes_into_the_wants_notes_on_discogs_beside_the_users_own_text() {
        long want = wants.stream().skip(4).filter(id -> !account.fake.account().wantNotes(id).isEmpty()).findFirst()
                .orElse(wants.get(5));
        String own = account.fake.account().wantNotes(want);
        assertFalse(own.isEmpty(), "a want with notes of its own");
        assertEquals(200, browser.postForm("/settings/prices", Map.of("currency", "USD", "share", "20", "in_notes", "on"),
                true).statusCode());
        HttpResponse<String> saved = browser.postForm("/releases/" + want + "/target", Map.of("target", "25", "do", "save"), true);
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("It goes into the want's notes on Discogs too."), saved.body());
        String expected = (own.isEmpty() ? "" : own + "\n") + "Spindle target: 25.00 USD";
        Eventually.waitFor(() -> account.fake.account().wantNotes(want), expected::equals, Duration.ofSeconds(30));
        assertEquals(expected, account.fake.account().wantNotes(want));

        assertEquals(200, browser.postForm("/releases/" + want + "/target", Map.of("target", "", "do", "clear"), true)
                .statusCode());
        Eventually.waitFor(() -> account.fake.account().wantNotes(want), own::equals, Duration.ofSeconds(30));
        assertEquals(own, account.fake.account().wantNotes(want), "the user's own notes, as they were");
        assertEquals(200, browser.postForm("/settings/prices", Map.of("currency", "USD", "share", "20"), true).statusCode());
        assertFalse(browser.get("/settings/prices").body().contains("checked"), "turned off again");
    }

    @Test
    void a_price_filter_or_sort_that_cannot_be_meant_is_refused_with_a_sentence() {
        HttpResponse<String> unknown = browser.get("/wantlist?price=cheap");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("There is no price filter"), unknown.body());
        HttpResponse<String> collection = browser.get("/collection?sort=price-asc");
        assertEquals(400, collection.statusCode());
        assertTrue(collection.body().contains("Only the wantlist can be sorted by price"));
        assertEquals(400, browser.get("/collection?price=for-sale").statusCode());
    }
}
