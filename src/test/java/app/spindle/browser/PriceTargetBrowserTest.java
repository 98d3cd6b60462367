package app.spindle.browser;

import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.testing.Eventually;
import app.spindle.testing.Folders;
import app.spindle.testing.SyncedAccount;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Prices in a real browser: a target set on a want lights up once Discogs' price drops under it. */
class PriceTargetBrowserTest {
    static SyncedAccount account;
    static Spindle app;
    static long wanted;

    @BeforeAll
    static void start() throws IOException {
        account = SyncedAccount.sync(Folders.temporary("spindle-price-browser"), 20, 8);
        wanted = account.fake.account().wantReleaseIds().iterator().next();
        account.fake.marketplace().setListing(wanted, 5, 30.0);
        app = account.startSpindle();
        BrowserTest.spindle = app;
        BrowserTest.configureBrowser();
        long seen = Eventually.waitFor(() -> account.count("SELECT count(*) FROM price_observations WHERE release_id = " + wanted),
                n -> n > 0, Duration.ofSeconds(60));
        assertTrue(seen > 0, "the background pass priced the want");
    }

    @AfterAll
    static void stop() {
        Chromium.leave();
        app.close();
        account.close();
    }

    @Test
    void a_target_set_on_a_want_is_highlighted_when_the_price_drops_under_it() {
        open("/releases/" + wanted);
        $("#price-block").shouldHave(text("Lowest 30.00 USD")).shouldHave(text("seen"));
        $("#price-block svg.chart-line").should(Condition.exist);
        $("#price-block input[name=target]").setValue("20");
        $$("#price-block button").findBy(text("Save target")).click();
        $("#price-block").shouldHave(text("Your target: 20.00 USD")).shouldNotHave(cssClass("price-deal"));

        account.fake.marketplace().setListing(wanted, 3, 15.0);
        $$("#price-block button").findBy(text("Look up the price now")).click();
        $("#price-block").shouldHave(text("Lowest 15.00 USD")).shouldHave(cssClass("price-deal"))
                .shouldHave(text("At or under your target of 20.00 USD"));

        open("/wantlist/prices?show=under-target");
        $("#want-price-" + wanted).shouldHave(cssClass("price-deal")).shouldHave(text("under target"));

        open("/wantlist?view=grid");
        $("#want-" + wanted).shouldHave(cssClass("shelf-deal"))
                .shouldHave(text("15.00 USD · 3 for sale")).shouldHave(text("at or under your target of 20.00 USD"));
        $$(".facet a").findBy(text("Under my target")).click();
        $$(".shelf-item").shouldHave(com.codeborne.selenide.CollectionCondition.size(1));
        $(".shelf-item").shouldHave(Condition.id("want-" + wanted));
        open("/collection");
        $(".deals-strip").shouldHave(text("1 want is at or under your target")).shouldHave(text("15.00 USD"));
    }
}
