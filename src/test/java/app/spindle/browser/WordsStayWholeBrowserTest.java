package app.spindle.browser;

import static app.spindle.browser.WordsOnScreen.assertWordsWhole;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;

import com.codeborne.selenide.WebDriverRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;

/**
 * No word on the list views, the buttons and the shopping list is split across two lines, wide or narrow (the release
 * page's tables: {@link ReleasePageBrowserTest}).
 */
class WordsStayWholeBrowserTest extends SharedAccountBrowserTest {
    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {1280, 390})
    void no_word_is_broken_across_lines_in_the_list_views_buttons_and_shopping_list(int width) {
        open("/collection?view=list");
        WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(width, 900));
        $(".shelf-table").shouldBe(visible);
        assertWordsWhole("collection list", ".shelf-table td, .button, button, .shelf-search");

        open("/wantlist?view=list");
        $(".shelf-table").shouldBe(visible);
        assertWordsWhole("wantlist list", ".shelf-table td, .button, button, .shelf-search");

        open("/wantlist/shopping-list");
        $(".shopping-table").shouldBe(visible);
        assertWordsWhole("shopping list", ".shopping-table td, .shopping-group h2, .button, button");
    }
}
