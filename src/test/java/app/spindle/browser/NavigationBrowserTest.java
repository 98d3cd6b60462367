package app.spindle.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.executeJavaScript;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spindle.web.Layout;
import app.spindle.web.Paths;
import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.WebDriverRunner;
import org.junit.jupiter.api.Test;

class NavigationBrowserTest extends BrowserTest {

    @Test
    void every_navigation_link_opens_its_page_and_marks_itself_active() {
        open("/");
        $("h1").shouldHave(text("Collection"));
        for (Layout.NavItem item : Layout.NAV) {
            $$(".site-nav a").findBy(text(item.label())).click();
            $(".site-nav a.active").shouldHave(text(item.label()));
            assertEquals(Configuration.baseUrl + item.path(), WebDriverRunner.url());
        }
    }

    @Test
    void the_status_panel_refreshes_in_place_with_htmx() {
        open(Paths.SETTINGS);
        $("#" + Paths.STATUS_PANEL_ID).shouldBe(visible).shouldHave(text("Not connected"));
        // mark the panel; an htmx swap replaces the element, so the mark disappears while the page stays
        executeJavaScript("document.getElementById('" + Paths.STATUS_PANEL_ID + "').setAttribute('data-marked', 'yes');"
                + "window.stayedOnPage = true;");
        $("#" + Paths.STATUS_PANEL_ID).shouldHave(attribute("data-marked", "yes"));
        $$("button").findBy(text("Refresh")).click();
        $("#" + Paths.STATUS_PANEL_ID).shouldNotHave(attribute("data-marked"));
        $("#" + Paths.STATUS_PANEL_ID).shouldHave(text("Not connected"));
        assertEquals(Boolean.TRUE, executeJavaScript("return window.stayedOnPage === true;"));
    }

    @Test
    void an_unknown_page_shows_the_friendly_404_within_the_layout() {
        open("/releases/none/at/all");
        $(".error-code").shouldHave(text("404"));
        $(".site-nav").shouldBe(visible);
        $(".error-page a.button").shouldHave(cssClass("button")).click();
        $("h1").shouldHave(text("Collection"));
    }
}
