package app.spindle.web.prices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.testing.Eventually;
import app.spindle.testing.SyncedAccount;
import app.spindle.testing.TestBrowserlessSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class PriceRoutesTest {
    @TempDir
    static Path dir;
    static SyncedAccount account;
    static Spindle spindle;
    static TestBrowserlessSession browser;
    static List<Long> wants;

    @BeforeAll
    static void start() {
        account = SyncedAccount.sync(dir, 20, 12);
        wants = List.copyOf(account.fake.account().wantReleaseIds());
        account.fake.marketplace().setListing(wants.get(0), 4, 12.0);
        account.fake.marketplace().setListing(wants.get(1), 9, 50.0);
        spindle = account.startSpindle();
        browser = new TestBrowserlessSession(spindle.port());
        Eventually.waitFor(() -> account.count("SELECT count(*) FROM price_observations"), n -> n >= wants.size(),
                Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        spindle.close();
        account.close();
    }

    private static HttpResponse<String> setTarget(long releaseId, String target) {
        return browser.postForm("/releases/" + releaseId + "/target", Map.of("target", target, "do", "save"), true);
    }

    @Test
    void the_release_page_block_shows_the_price_its_age_and_a_history_chart() {
        HttpResponse<String> block = browser.get("/releases/" + wants.get(0) + "/prices");
        assertEquals(200, block.statusCode());
        assertTrue(block.body().contains("Lowest 12.00 USD"), block.body());
        assertTrue(block.body().contains("seen just now") || block.body().contains("min ago"));
        assertTrue(block.body().contains("<svg class=\"chart chart-line\""), "the chart renders");
        assertTrue(block.body().contains("<polyline class=\"chart-price\""));
        assertTrue(browser.get("/releases/" + wants.get(0)).body().contains("/releases/" + wants.get(0) + "/prices"));
    }

    @Test
    void a_target_at_or_over_the_price_highlights_the_want_and_puts_it_in_the_deals_feed() throws Exception {
        HttpResponse<String> saved = setTarget(wants.get(0), "15");
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("price-deal"), "highlighted");
        assertTrue(saved.body().contains("At or under your target of 15.00 USD"));
        assertFalse(setTarget(wants.get(1), "20").body().contains("price-block price-deal"), "50 is over 20");

        HttpResponse<String> deals = browser.get("/wantlist/prices?show=under-target");
        assertTrue(deals.body().contains("want-price-" + wants.get(0)));
        assertFalse(deals.body().contains("want-price-" + wants.get(1)));

        HttpResponse<String> feed = browser.get("/feeds/deals.atom");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("http://www.w3.org/2005/Atom", atom.getDocumentElement().getNamespaceURI());
        assertEquals("feed", atom.getDocumentElement().getLocalName());
        assertEquals(1, atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        assertTrue(feed.body().contains("for 12.00 USD"));
        for (String required : List.of("id", "title", "updated")) {
            assertTrue(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", required).getLength() >= 2, required);
        }
    }

    @Test
    void the_wantlist_by_price_sorts_cheapest_first_and_totals_the_prices() {
        HttpResponse<String> page = browser.get("/wantlist/prices?show=for-sale&sort=cheapest");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Total of the lowest prices"));
        assertTrue(page.body().indexOf("want-price-" + wants.get(0)) < page.body().indexOf("want-price-" + wants.get(1)));
        assertEquals(400, browser.get("/wantlist/prices?sort=loudest").statusCode());
        assertEquals(400, browser.get("/wantlist/prices?page=0").statusCode());
    }

    @Test
    void bad_targets_are_refused_with_a_sentence_and_non_wants_take_none() {
        HttpResponse<String> bad = setTarget(wants.get(2), "cheap");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("A target price is a number"));
        assertEquals(400, setTarget(wants.get(2), "-3").statusCode());
        long owned = account.fake.account().collectionReleaseIds().stream().filter(id -> !wants.contains(id)).findFirst().orElseThrow();
        assertEquals(409, setTarget(owned, "10").statusCode());
    }

    @Test
    void price_suggestions_say_plainly_that_a_seller_account_is_needed() {
        long owned = account.fake.account().collectionReleaseIds().iterator().next();
        HttpResponse<String> refused = browser.get("/releases/" + owned + "/price-suggestions");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("seller accounts only"), refused.body());
        assertTrue(refused.body().contains("role=\"alert\""));
    }

    @Test
    void the_api_carries_the_latest_price_and_its_date_and_settings_and_stats_show_prices() throws Exception {
        JsonNode json = new ObjectMapper().readTree(browser.get("/api/releases/" + wants.get(0)).body());
        assertEquals(12.0, json.path("latestPrice").path("lowestPrice").asDouble());
        assertNotNull(json.path("latestPrice").path("observedAt").textValue());
        assertEquals(wants.get(0).longValue(), json.path("id").asLong(), "the release's own fields stay at the top");

        assertTrue(browser.get("/settings/prices").body().contains("name=\"share\""));
        assertEquals(400, browser.postForm("/settings/prices", Map.of("currency", "XXX", "share", "20"), true).statusCode());
        assertEquals(400, browser.postForm("/settings/prices", Map.of("currency", "EUR", "share", "90"), true).statusCode());
        HttpResponse<String> value = browser.get("/stats/value");
        assertTrue(value.body().contains("Collection value"));
        assertTrue(value.body().contains("median"), "the value was asked for by the pass");
    }
}
