package app.spindle.browser;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The collection with the keyboard only: skip links past the header and the filters, and after every kind of
 * swap the focus lands somewhere sensible (never on {@code <body>}, where the next Tab would start over at the top),
 * while the page's live region says what happened. These journeys only read, on the shared account; where the focus
 * lands after a change on Discogs (a want removed and back, a search result added, prices checked) is checked in
 * {@link ActionsBrowserTest}, on an account of its own.
 */
class KeyboardBrowserTest extends SharedAccountBrowserTest {
    @Test
    void the_skip_links_lead_from_the_top_of_the_page_to_the_first_record_in_a_few_tab_stops() {
        open("/collection?view=grid");
        Focus.press(Keys.TAB);
        if (!Focus.leftTheBody(Duration.ofSeconds(2))) {
            // a Tab sent while Chromium is still handing the focus to the page it just loaded is lost (seen under
            // load): the first Tab that lands is the one a person's would be
            Focus.press(Keys.TAB);
        }
        Focus.shouldBeOn("a.skip-link[href='#main']");
        Focus.press(Keys.ENTER);
        Focus.shouldBeOn("main");
        int stops = 1 + tabUntil("a.skip-filters", 5);
        Focus.press(Keys.ENTER);
        Focus.shouldBeOn("#shelf-count");
        stops += tabUntil(".shelf-grid > .shelf-item:first-child .item-title", 5);
        assertTrue(stops <= 9, "the first record took " + stops + " Tab stops");
    }

    @Test
    void typing_a_search_keeps_the_focus_in_the_field_and_the_count_is_announced() {
        open("/collection?view=grid");
        $("#shelf-q").setValue("astley");
        Selenide.Wait().until(d -> WebDriverRunner.url().contains("q=astley"));
        $("#shelf-count").shouldHave(text("record"));
        Focus.shouldBeOn("#shelf-q");
        LiveRegion.shouldSay($("#shelf-count").getText());
    }

    @Test
    void after_a_filter_link_the_focus_is_on_the_count_of_records() {
        open("/collection?view=grid");
        Focus.enterOn($("[data-facet=decade]").$$("a").first());
        Selenide.Wait().until(d -> WebDriverRunner.url().contains("decade="));
        $(".chips").shouldBe(visible);
        Focus.shouldBeOn("#shelf-count");
        LiveRegion.shouldSay($("#shelf-count").getText());
    }

    @Test
    void after_a_pager_link_the_focus_is_on_the_count_of_records() {
        open("/collection?view=grid");
        Focus.enterOn($(".pager a[rel=next]"));
        Selenide.Wait().until(d -> WebDriverRunner.url().contains("page=2"));
        Focus.shouldBeOn("#shelf-count");
    }

    @Test
    void the_grid_and_list_toggle_keeps_the_focus_on_the_chosen_view_with_its_ring_unclipped() {
        open("/collection?view=grid");
        Focus.enterOn($("#view-list"));
        $(".shelf-table").shouldBe(visible);
        Focus.shouldBeOn("#view-list");
        assertTrue(Focus.isOn(":focus-visible"), "a keyboard user sees where the focus is");
        assertEquals("visible", Selenide.executeJavaScript("return getComputedStyle(document.querySelector('.view-toggle')).overflow"));
        Focus.enterOn($("#view-grid"));
        $(".shelf-grid").shouldBe(visible);
        Focus.shouldBeOn("#view-grid");
    }

    @Test
    void arrow_down_on_the_closed_sort_menu_does_not_sort_at_once() {
        open("/collection?view=grid");
        SelenideElement sort = $("#shelf-sort");
        String before = sort.getValue();
        Selenide.executeJavaScript("arguments[0].focus()", sort);
        Focus.press(Keys.ARROW_DOWN);
        assertEquals(before, sort.getValue(), "ArrowDown opens the list, it does not choose");
        Focus.press(Keys.ESCAPE);
        assertFalse(WebDriverRunner.url().contains("sort="));
    }

    /** Presses Tab until the focus is on {@code css}; returns how many presses that took. */
    private static int tabUntil(String css, int most) {
        StringBuilder path = new StringBuilder();
        for (int stops = 1; stops <= most; stops++) {
            Focus.press(Keys.TAB);
            if (Focus.isOn(css)) {
                return stops;
            }
            path.append("\n  ").append(Focus.describe());
        }
        return fail("no " + css + " within " + most + " Tab stops; went through:" + path);
    }
}
