package app.spindle.browser;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selectors.withText;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.mirror.SearchKeys;
import app.spindle.testing.Eventually;
import app.spindle.testing.Folders;
import app.spindle.testing.SyncedAccount;
import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Following Discogs' links through Spindle: any release, the artists of its credits, its label's catalogue. */
class EntityBrowserTest extends BrowserTest {
    static SyncedAccount account;

    @BeforeAll
    static void syncAnAccount() throws IOException {
        // A catalogue of 3,000 releases, as Discogs knows far more than one account owns: its larger labels list
        // several pages of 100.
        account = SyncedAccount.sync(Folders.temporary("spindle-entities"),
                FakeDiscogs.builder().seed(42).collectionSize(80).wantlistSize(3).folders(2).catalogueSize(3_000));
        startApp(account.config());
        Eventually.waitFor(() -> spindle.sync().status(), s -> !s.running() && s.lastSuccessAt() != null,
                Duration.ofMinutes(3));
    }

    @AfterAll
    static void stopFake() {
        account.close();
    }

    @Test
    void from_a_search_result_a_release_you_do_not_own_opens_and_goes_onto_the_wantlist() {
        open("/search?q=the");
        SelenideElement result = $$(".result").filterBy(text("Add to wantlist"))
                .filterBy(Condition.not(text("In your collection"))).first();
        result.$(".result-title a").click();
        $("h1").shouldBe(visible);
        $(".browsed-note").shouldHave(text("Not in your collection"));
        long releaseId = Long.parseLong(WebDriverRunner.url().replaceAll(".*/releases/(\\d+).*", "$1"));
        assertFalse(account.fake.account().wantReleaseIds().contains(releaseId));
        $("#release-actions").$$("button").findBy(text("Add to wantlist")).click();
        $("#release-actions").shouldHave(text("Added to your wantlist on Discogs."));
        assertTrue(account.fake.account().wantReleaseIds().contains(releaseId), "the want reached Discogs");
    }

    @Test
    void from_a_credit_the_artist_opens_and_then_another_of_their_records() {
        long owned = account.count("SELECT release_id FROM collection_items WHERE release_id >= 40000000"
                + " AND release_id IN (SELECT release_id FROM release_artists WHERE kind = 'extra') LIMIT 1");
        open("/releases/" + owned);
        $$("#credits a.entity-ref").first().click();
        $("h1").shouldBe(visible);
        assertTrue(WebDriverRunner.url().contains("/artists/"));
        $$("#discography .entity-entry").shouldHave(CollectionCondition.sizeGreaterThan(0));
        $$("#discography .entity-entry .result-title a").first().click();
        $("h1").shouldBe(visible);
        assertTrue(WebDriverRunner.url().matches(".*/(releases|masters)/\\d+.*"), WebDriverRunner.url());
        assertNotEquals(Long.toString(owned), WebDriverRunner.url().replaceAll(".*/(\\d+).*", "$1"));
    }

    @Test
    void from_a_release_its_label_opens_and_a_missing_catalogue_entry_goes_onto_the_wantlist() {
        long owned = account.count("SELECT release_id FROM collection_items WHERE release_id >= 40000000 LIMIT 1");
        open("/releases/" + owned);
        $(".label-line a").click();
        $("h1").shouldBe(visible);
        $("#catalogue .list-summary").shouldHave(Condition.matchText("You own \\d+ of \\d+ release"));
        String missing = Selenide.executeJavaScript("return [...document.querySelectorAll('#catalogue .result-actions')]"
                + ".find(a => a.textContent.includes('Add to wantlist') && !a.textContent.includes('In your collection')).id");
        long releaseId = Long.parseLong(missing.substring("actions-".length()));
        $("#" + missing).$$("button").findBy(text("Add to wantlist")).click();
        $("#actions-" + releaseId).shouldHave(text("Added to your wantlist."));
        assertTrue(account.fake.account().wantReleaseIds().contains(releaseId));
    }

    @Test
    void a_label_catalogue_of_several_pages_loads_all_one_request_each_shows_a_hundred_at_a_time_and_costs_nothing_again() {
        long label = largestGeneratedLabel();
        int items = labelItems(label);
        int pages = (items + 99) / 100;
        assertTrue(pages >= 3, "the fake's largest label lists " + items + " releases");
        long before = labelPageRequests(label);
        open("/labels/" + label);
        $("#catalogue .list-summary").shouldHave(Condition.matchText("You own \\d+ of " + items + " releases"));
        assertEquals(1, labelPageRequests(label) - before, "the first page of the catalogue");
        $$("#catalogue .entity-entry").shouldHave(CollectionCondition.size(100));

        // one look-up each: matching every entry's buttons by text costs a WebDriver call per button
        $("#catalogue").$(withText("Load all " + items)).click();
        $("#catalogue .hint").shouldHave(text("Sorted by catalog number. "), Duration.ofSeconds(30));
        $("#catalogue").shouldNotHave(text("loaded so far"));
        assertEquals(pages, labelPageRequests(label) - before, "one request per page of 100, none twice");
        $$("#catalogue .entity-entry").shouldHave(CollectionCondition.size(100));
        for (int shown = 100; shown < items; shown += 100) {
            $("#catalogue").$(withText("more of the " + items)).click();
            $$("#catalogue .entity-entry").shouldHave(CollectionCondition.size(Math.min(items, shown + 100)));
        }
        $("#catalogue").shouldNotHave(text("more of the"));
        $("#catalogue").shouldNotHave(text("Load the next 100"));
        assertEquals(pages, labelPageRequests(label) - before, "showing what is stored asks Discogs nothing");
        List<String> catnos = Selenide.executeJavaScript(
                "return [...document.querySelectorAll('#catalogue .entity-entry .catno')].map(e => e.textContent)");
        List<String> keys = catnos.stream().map(SearchKeys::catnoKey).toList();
        assertEquals(items, keys.size(), "every entry shows its catalog number");
        assertEquals(keys.stream().sorted().toList(), keys, "the whole catalogue by catalog number");

        long loaded = labelPageRequests(label);
        open("/labels/" + label);
        $("#catalogue .list-summary").shouldHave(Condition.matchText("You own \\d+ of " + items + " releases"));
        $$("#catalogue .entity-entry").shouldHave(CollectionCondition.size(100));
        assertEquals(loaded, labelPageRequests(label), "a second visit asks Discogs nothing");
    }

    /** The generated label with the most releases, asked of the fake as any client would. */
    private static long largestGeneratedLabel() {
        long best = 0;
        int most = -1;
        for (long id = 10_000_000L; id < 10_000_010L; id++) {
            int items = labelItems(id);
            if (items > most) {
                most = items;
                best = id;
            }
        }
        return best;
    }

    private static int labelItems(long label) {
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(account.fake.baseUrl() + "/labels/" + label + "/releases?per_page=1"))
                    .header("Authorization", "Discogs token=" + account.fake.token()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        Matcher items = Pattern.compile("\"items\"\\s*:\\s*(\\d+)").matcher(response.body());
        return items.find() ? Integer.parseInt(items.group(1)) : 0;
    }

    private static long labelPageRequests(long label) {
        String path = "/labels/" + label + "/releases";
        return account.fake.requests().stream().filter(r -> r.path().equals(path)).count();
    }
}
