package app.spindle.browser;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;

/** No word on the list views, the buttons and the shopping list is split across two lines, wide or narrow. */
class WordsStayWholeBrowserTest extends SyncedBrowserTest {
    /**
     * The words (runs of letters and digits between spaces and hyphens) of every visible text under the
     * selector whose characters lie on more than one line: a word on one line has one client rect.
     */
    private static final String BROKEN_WORDS = """
            const broken = [];
            let words = 0;
            for (const root of document.querySelectorAll(arguments[0])) {
              if (!root.offsetParent && getComputedStyle(root).position !== 'fixed') continue;
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const match of node.data.matchAll(/[^\\s\\-\\u2010-\\u2014\\/·]+/g)) {
                  const range = document.createRange();
                  range.setStart(node, match.index);
                  range.setEnd(node, match.index + match[0].length);
                  const rects = [...range.getClientRects()].filter(r => r.width > 0);
                  if (rects.length === 0) continue;
                  words++;
                  if (rects.length > 1) broken.push(match[0]);
                }
              }
            }
            return [String(words), ...broken];
            """;

    @BeforeAll
    static void start() throws IOException {
        startSynced("words-browser", 60, 30);
    }

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

    private static void assertWordsWhole(String page, String selector) {
        @SuppressWarnings("unchecked")
        List<String> result = (List<String>) Selenide.executeJavaScript(BROKEN_WORDS, selector);
        int words = Integer.parseInt(result.get(0));
        assertTrue(words > 50, page + " shows too few words to judge: " + words);
        assertEquals(List.of(), result.subList(1, result.size()), "words split across lines on the " + page);
    }
}
