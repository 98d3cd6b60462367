package app.spindle.browser;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.exactValue;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.SharedAccount;
import app.spindle.testing.SyncedAccount;
import app.spindle.web.Counted;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browsing journeys in a real browser, on the shared mirror written by a real sync from FakeDiscogs: they only
 * read (removing a want and undoing it is {@link ActionsBrowserTest}'s, on an account of its own).
 */
class ShelfBrowserTest extends SharedAccountBrowserTest {
    private static SyncedAccount account;

    @BeforeAll
    static void rememberAccount(SharedAccount.Served served) {
        account = served.account();
    }

    @Test
    void filtering_searching_and_sorting_show_in_the_url_and_the_back_button_undoes_each_step() {
        open("/collection");
        $("[data-facet=decade]").$$("a").findBy(text("1980s")).click();
        waitForUrl("decade=1980");
        $(".chips").shouldHave(text("Decade: 1980s"));

        $("#shelf-q").setValue("astley");
        waitForUrl("q=astley");
        $(".shelf-results").shouldHave(text("Never Gonna Give You Up"));
        $(".chips").shouldHave(text("Decade: 1980s"));

        $("#shelf-sort").selectOptionByValue("artist-asc");
        waitForUrl("sort=artist-asc");
        $(".shelf-results").shouldHave(text("Never Gonna Give You Up"));

        Selenide.back();
        waitForUrlWithout("sort=");
        $("#shelf-sort").getSelectedOption().shouldHave(exactText("Best match"));
        $("#shelf-q").shouldHave(exactValue("astley"));

        Selenide.back();
        waitForUrlWithout("q=");
        $("#shelf-q").shouldHave(exactValue(""));
        $(".chips").shouldHave(text("Decade: 1980s"));

        Selenide.back();
        waitForUrlWithout("decade=");
        $(".chips").shouldNot(com.codeborne.selenide.Condition.exist);
    }

    @Test
    void the_collection_search_finds_records_by_style_and_by_genre() {
        for (String facet : new String[] {"style", "genre"}) {
            String value = account.jdbi().withHandle(h -> h.createQuery("SELECT g." + facet + " FROM release_" + facet
                    + "s g JOIN collection_items c ON c.release_id = g.release_id WHERE g." + facet + " NOT LIKE '% %'"
                    + " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").mapTo(String.class).one());
            long holding = account.count("SELECT count(*) FROM collection_items WHERE release_id IN (SELECT release_id FROM release_"
                    + facet + "s WHERE " + facet + " = '" + value.replace("'", "''") + "')");
            String typed = value.toLowerCase(java.util.Locale.ROOT);
            open("/collection");
            $("#shelf-q").setValue(typed);
            waitForUrl("q=" + typed);
            $("[data-facet=" + facet + "]").$$("a").findBy(text(value)).click();
            waitForUrl(facet + "=");
            $("#shelf-count").shouldHave(exactText(Counted.of(holding, "record", "records")));
        }
    }

    @Test
    void a_misspelt_name_offers_did_you_mean_and_the_link_finds_the_record() {
        open("/collection");
        $("#shelf-q").setValue("asltey");
        waitForUrl("q=asltey");
        $("#shelf-count").shouldHave(exactText("0 records"));
        $(".did-you-mean").shouldHave(exactText("Did you mean astley?"));
        $(".did-you-mean a").click();
        waitForUrl("q=astley");
        $(".shelf-results").shouldHave(text("Never Gonna Give You Up"));
        $("#shelf-q").shouldHave(exactValue("astley"));
    }

    @Test
    void export_csv_and_the_shopping_list_take_the_filters_on_screen() {
        open("/collection");
        $("[data-facet=decade]").$$("a").findBy(text("1980s")).click();
        waitForUrl("decade=1980");
        $("a[download]").shouldHave(com.codeborne.selenide.Condition.attributeMatching("href", ".*/export/collection\\.csv\\?.*decade=1980.*"));

        open("/wantlist?sort=artist-asc");
        $("#shelf-q").setValue("a");
        waitForUrl("q=a");
        $$("a[data-follows-filters]").shouldHave(com.codeborne.selenide.CollectionCondition.size(2));
        for (SelenideElement link : $$("a[data-follows-filters]")) {
            link.shouldHave(com.codeborne.selenide.Condition.attributeMatching("href", ".*\\?.*q=a.*"));
            link.shouldHave(com.codeborne.selenide.Condition.attributeMatching("href", ".*sort=artist-asc.*"));
        }
    }

    @Test
    void the_playlist_links_follow_the_filter_and_an_artist_name_opens_the_artist() {
        open("/collection");
        $("[data-facet=decade]").$$("a").findBy(text("1980s")).click();
        waitForUrl("decade=1980");
        String m3u8 = $(".shelf-playlists").$$("a").findBy(text("M3U8")).getAttribute("href");
        assertTrue(m3u8.contains("/export/playlists/collection.m3u8?decade=1980"), "the filtered view after an htmx swap: " + m3u8);
        $(".shelf-item .item-artist a.entity-ref").click();
        waitForUrl("/artists/");
        $("h1").shouldBe(com.codeborne.selenide.Condition.visible);
    }

    @Test
    void the_list_view_is_remembered_across_pages() {
        open("/collection");
        $(".view-toggle").$$("a").findBy(text("List")).click();
        $(".shelf-table").shouldBe(visible);
        $$(".site-nav a").findBy(text("Wantlist")).click();
        $(".shelf-table").shouldBe(visible);
        $$(".site-nav a").findBy(text("Collection")).click();
        $(".shelf-table").shouldBe(visible);
        $(".view-toggle").$$("a").findBy(text("Grid")).click();
        $(".shelf-grid").shouldBe(visible);
        Selenide.refresh();
        $(".shelf-grid").shouldBe(visible);
    }

    @Test
    void the_stats_page_shows_its_charts() {
        open("/stats");
        $$("svg.chart").shouldHave(sizeGreaterThan(6));
        $$("svg.chart rect.chart-bar").shouldHave(sizeGreaterThan(10));
        assertFalse($$("svg.chart").first().getAttribute("aria-labelledby").isEmpty());
    }

    @Test
    void a_track_search_finds_the_side() {
        open("/tracks");
        $("#track-q").setValue("instrumental gonna");
        waitForUrl("q=instrumental");
        $(".track-table").shouldHave(text("Never Gonna Give You Up (Instrumental)"));
        $(".side-badge").shouldHave(text("B"));
    }

    private static void waitForUrl(String part) {
        Selenide.Wait().until(d -> WebDriverRunner.url().contains(part));
        assertTrue(WebDriverRunner.url().contains(part));
    }

    private static void waitForUrlWithout(String part) {
        Selenide.Wait().until(d -> !WebDriverRunner.url().contains(part));
    }
}
