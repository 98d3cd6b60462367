package app.spindle.browser;

import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.CollectionFolder;
import app.spindle.discogs.fake.CollectionInstance;
import app.spindle.testing.Eventually;
import app.spindle.web.Counted;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * Editing the collection and the wantlist from Spindle's pages, in Chromium: each change checked at the fake and in the
 * mirror or after a reload, and, pressed with the keyboard, where the focus lands after it.
 */
class ActionsBrowserTest extends SyncedBrowserTest {

    @BeforeAll
    static void start() throws IOException {
        startSynced("actions-browser", 60, 5);
    }

    private static CollectionInstance atDiscogs(long instanceId) {
        return account.fake.account().copies().stream().filter(c -> c.instanceId() == instanceId).findFirst().orElse(null);
    }

    @Test
    void a_copy_is_rated_graded_annotated_moved_and_removed_from_the_release_page() {
        CollectionInstance copy = account.fake.account().copies().get(55);
        CollectionFolder folder = account.fake.account().folderList().stream()
                .filter(f -> f.id() > 1 && f.id() != copy.folderId()).findFirst().orElseThrow();
        open("/releases/" + copy.releaseId());
        SelenideElement form = $("#copy-" + copy.instanceId());
        form.$("select[name=rating]").selectOptionByValue("4");
        form.$("select[name=folder]").selectOptionByValue(Integer.toString(folder.id()));
        form.$("select[name=field-1]").selectOptionByValue("Very Good Plus (VG+)");
        form.$("textarea[name=field-3]").setValue("bought at the fair");
        form.$$("button").findBy(text("Save")).click();
        $("#release-actions").shouldHave(text("Saved on Discogs."));

        CollectionInstance saved = atDiscogs(copy.instanceId());
        assertEquals(4, saved.rating());
        assertEquals(folder.id(), saved.folderId());
        assertEquals("Very Good Plus (VG+)", saved.field(1));
        assertEquals("bought at the fair", saved.field(3));
        Selenide.refresh();
        SelenideElement reloaded = $("#copy-" + copy.instanceId());
        reloaded.$("select[name=rating]").getSelectedOption().shouldHave(com.codeborne.selenide.Condition.value("4"));
        reloaded.$("legend").shouldHave(text("in " + folder.name()));
        reloaded.$("textarea[name=field-3]").shouldHave(com.codeborne.selenide.Condition.value("bought at the fair"));

        reloaded.$$("button").findBy(text("Remove this copy")).click();
        Selenide.confirm();
        $("#release-actions").shouldHave(text("Removed this copy on Discogs."));
        $("#release-actions .undo-remove").shouldBe(visible);
        assertEquals(null, atDiscogs(copy.instanceId()), "Discogs no longer has the copy");
        Selenide.refresh();
        $("#copy-" + copy.instanceId()).shouldNot(exist);
    }

    @Test
    void fifty_records_are_ticked_with_a_shift_click_and_moved_to_a_folder_in_one_go() {
        CollectionFolder target = account.fake.account().folderList().stream().filter(f -> f.id() > 1)
                .reduce((a, b) -> b).orElseThrow();
        open("/collection?view=list&sort=added-asc");
        com.codeborne.selenide.ElementsCollection picks = $$("input.pick").shouldHave(com.codeborne.selenide.CollectionCondition.sizeGreaterThanOrEqual(50));
        picks.get(0).click();
        Selenide.actions().keyDown(Keys.SHIFT).click(picks.get(49)).keyUp(Keys.SHIFT).perform();
        $("#bulk-count").shouldHave(text("50 records selected"));
        List<Long> ticked = $$("input.pick:checked").stream().map(e -> Long.parseLong(e.getValue())).toList();
        assertEquals(50, ticked.size());

        $("#bulk-op").selectOptionByValue("move");
        $$(".bulk-bar button").findBy(text("Review")).click();
        $("#bulk-panel").shouldHave(text("Move to a folder: 50 records to"));
        $("#bulk-value").selectOptionByValue(Integer.toString(target.id()));
        $("#bulk-panel").shouldHave(text("requests to Discogs"));
        $$("#bulk-panel button").findBy(text("Move to a folder (")).click();
        $("#bulk-panel").shouldHave(text("Done:"), Duration.ofSeconds(90));

        assertTrue(ticked.stream().allMatch(id -> atDiscogs(id).folderId() == target.id()), "Discogs has all 50 in the folder");
        // the mirror's copy of the last moves may land a moment after the panel says done: reload until it has
        Eventually.until(() -> {
            open("/collection?view=list&folder=" + target.id());
            List<String> shown = $$("tr.shelf-item").stream().map(e -> e.getAttribute("id")).toList();
            return ticked.stream().allMatch(id -> shown.contains("copy-" + id));
        }, Duration.ofSeconds(30), () -> "after a reload all 50 are in the folder");
    }

    @Test
    void a_card_opens_its_edit_form_in_place_and_saves_a_rating() {
        open("/collection?sort=added-asc");
        SelenideElement card = $$("article.shelf-item").get(2);
        String cardId = card.getAttribute("id");
        long instanceId = Long.parseLong(cardId.substring("copy-".length()));
        card.$(".card-edit summary").click();
        $("#" + cardId + " select[name=rating]").shouldBe(visible).selectOptionByValue("4");
        $$("article.shelf-item").shouldHave(com.codeborne.selenide.CollectionCondition.sizeGreaterThan(10));
        $$("#" + cardId + " button").findBy(text("Save")).click();
        $("#" + cardId + " .stars").shouldBe(visible);
        assertEquals(4, atDiscogs(instanceId).rating(), "the rating reached Discogs");
        Selenide.refresh();
        $("#" + cardId + " .stars").shouldHave(com.codeborne.selenide.Condition.attribute("aria-label"));
    }

    @Test
    void a_folder_is_created_and_deleted_from_the_folders_page() {
        open("/collection");
        $(".bulk-folders").click();
        $("#new-folder").setValue("Shelf B");
        $$("#folders button").findBy(text("Create")).click();
        $("#folders").shouldHave(text("Created the folder on Discogs."));
        CollectionFolder created = account.fake.account().folderList().stream().filter(f -> f.name().equals("Shelf B"))
                .findFirst().orElseThrow();
        Selenide.refresh();
        SelenideElement row = $("#folder-" + created.id()).shouldHave(text("Shelf B")).shouldHave(text("0 copies"));

        row.$$("button").findBy(text("Delete")).click();
        Selenide.confirm();
        $("#folders").shouldHave(text("Deleted the folder on Discogs."));
        assertTrue(account.fake.account().folderList().stream().noneMatch(f -> f.name().equals("Shelf B")));
        Selenide.refresh();
        $("#folder-" + created.id()).shouldNot(exist);
    }

    @Test
    void a_want_is_removed_on_discogs_and_undo_brings_it_back_and_the_count_follows_without_a_reload() {
        open("/wantlist?view=grid");
        long wants = account.count("SELECT count(*) FROM wants");
        $("#shelf-count").shouldHave(exactText(Counted.of(wants, "record", "records")));
        SelenideElement card = $$(".shelf-grid .shelf-item").first();
        String id = card.getAttribute("id");
        long releaseId = Long.parseLong(id.substring("want-".length()));
        String title = card.$(".item-title").getText();
        card.$("button.remove-want").click();
        Selenide.confirm();
        $("#" + id).shouldHave(text("Removed " + title));
        $("#shelf-count").shouldHave(exactText(Counted.of(wants - 1, "record", "records")));
        Selenide.Wait().until(d -> !account.fake.account().wantReleaseIds().contains(releaseId));
        assertEquals(0, account.count("SELECT count(*) FROM wants WHERE release_id = " + releaseId));

        $("#" + id).$$("button").findBy(text("Undo")).click();
        $("#" + id + " .item-title").shouldHave(text(title));
        $("#shelf-count").shouldHave(exactText(Counted.of(wants, "record", "records")));
        Selenide.Wait().until(d -> account.fake.account().wantReleaseIds().contains(releaseId));
        assertEquals(1, account.count("SELECT count(*) FROM wants WHERE release_id = " + releaseId));
    }

    @Test
    void removing_a_want_focuses_its_note_and_undo_focuses_the_record_again() {
        open("/wantlist?view=grid");
        SelenideElement card = $$(".shelf-grid .shelf-item").first();
        String id = card.getAttribute("id");
        String title = card.$(".item-title").getText();

        Focus.enterOn(card.$("button.remove-want"));
        Selenide.confirm();
        $("#" + id).shouldHave(text("Removed " + title));
        Focus.shouldBeOn("#" + id + " .removed-note");
        LiveRegion.shouldSay("Removed " + title + " from your wantlist.");

        Focus.enterOn($("#" + id).$$("button").findBy(text("Undo")));
        $("#" + id + " .item-title").shouldHave(text(title));
        Focus.shouldBeOn("#" + id + " .item-title");
        LiveRegion.shouldSay(title + " is back on your wantlist.");
    }

    @Test
    void adding_a_search_result_to_the_wantlist_focuses_the_message() {
        open("/search?q=the&format=Vinyl");
        SelenideElement actions = $$(".result-actions").filterBy(com.codeborne.selenide.Condition.not(text("In your wantlist"))).first();
        String id = actions.getAttribute("id");

        Focus.enterOn(actions.$$("button").findBy(text("Add to wantlist")));

        $("#" + id).shouldHave(text("Added to your wantlist."));
        Focus.shouldBeOn("#" + id + " .flash-ok");
        LiveRegion.shouldSay("Added to your wantlist.");
    }

    @Test
    void checking_prices_focuses_the_answer() {
        open("/releases/249504");
        Focus.enterOn($$("button").findBy(text("Check prices on Discogs")));
        $("#marketplace-stats").shouldHave(com.codeborne.selenide.Condition.matchText(".*(for sale|cannot be sold).*"));
        Focus.shouldBeOn("#marketplace-stats [data-swap-focus]");
    }
}
