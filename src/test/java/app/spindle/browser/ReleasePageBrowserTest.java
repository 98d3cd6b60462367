package app.spindle.browser;

import static app.spindle.browser.WordsOnScreen.assertNoSidewaysScroll;
import static app.spindle.browser.WordsOnScreen.assertWordsWhole;
import static com.codeborne.selenide.CollectionCondition.sizeGreaterThanOrEqual;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeImageRequest;
import app.spindle.testing.Eventually;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;

/** The release page as a person sees it: the gallery opens an image large, and the tables fit a phone. */
class ReleasePageBrowserTest extends SyncedBrowserTest {
    private static long gallery;
    private static long richest;

    @BeforeAll
    static void start() throws IOException {
        startSynced("release-page", 12, 2);
        gallery = account.jdbi().withHandle(h -> h.createQuery("""
                SELECT i.release_id FROM release_images i JOIN collection_items c ON c.release_id = i.release_id
                WHERE i.uri LIKE 'http://127.0.0.1:%' GROUP BY i.release_id HAVING count(*) >= 2 LIMIT 1""")
                .mapTo(Long.class).one());
        // the real release with the most identifiers and credits: the widest tables there are
        richest = account.jdbi().withHandle(h -> h.createQuery("""
                SELECT r.id FROM releases r JOIN collection_items c ON c.release_id = r.id
                ORDER BY (SELECT count(*) FROM release_identifiers i WHERE i.release_id = r.id)
                       + (SELECT count(*) FROM release_artists a WHERE a.release_id = r.id) DESC LIMIT 1""")
                .mapTo(Long.class).one());
    }

    @Test
    void a_gallery_thumbnail_opens_its_image_large_and_only_then_is_the_large_image_fetched() {
        WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(1280, 900));
        open("/releases/" + gallery);
        $$(".gallery img").shouldHave(sizeGreaterThanOrEqual(2));
        String secondLarge = "R-" + gallery + "-2.jpeg";
        assertFalse(asked(secondLarge), "the second image's large version waits until it is opened");

        $$(".gallery a").get(1).click();

        $("#lightbox").shouldBe(visible);
        Eventually.until(() -> Boolean.TRUE.equals(Selenide.executeJavaScript(
                        "const i = document.querySelector('#lightbox img'); return i.complete && i.naturalWidth === 600;")),
                Duration.ofSeconds(10), () -> "the large image did not load in the dialog");
        assertTrue(asked(secondLarge), "opening it fetched it");
        assertEquals("Image 2 of " + $$(".gallery img").size(), $("#lightbox .lightbox-caption").getText());
        $(".lightbox-close").click();
        $("#lightbox").shouldNotBe(visible);
    }

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {1280, 390})
    void the_tracklist_credits_identifiers_and_copies_keep_their_words_whole_and_never_scroll_sideways(int width) {
        open("/releases/" + richest);
        WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(width, 900));
        $("#tracklist").shouldBe(visible);
        assertWordsWhole("release page's tables", "#tracklist table, #credits, #identifiers, .release-edit, #other-pressings, "
                + ".facts", 40);
        assertNoSidewaysScroll("release page");
    }

    private static boolean asked(String name) {
        return account.fake.imageRequests().stream().map(FakeImageRequest::name).anyMatch(name::equals);
    }
}
