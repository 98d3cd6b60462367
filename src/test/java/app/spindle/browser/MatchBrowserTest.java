package app.spindle.browser;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.config.ConfigParser;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.testing.Folders;
import com.codeborne.selenide.SelenideElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Upload a CSV, accept a match, add one to the wantlist: against FakeDiscogs, in Chromium. */
class MatchBrowserTest extends BrowserTest {
    static FakeDiscogs discogs;
    static DiscogsRelease notYours;

    @BeforeAll
    static void connectToFakeDiscogs() throws IOException {
        discogs = FakeDiscogs.builder().collectionSize(20).wantlistSize(5).rateLimit(6000, Duration.ofSeconds(60)).start();
        startApp(ConfigParser.parse(new String[] {
                "--data", Folders.temporary("spindle-match").toString(), "--port", "0",
                "--api-url", discogs.baseUrl(), "--token", discogs.token(), "--sync-interval", "0"}, k -> null));
        notYours = UnownedRelease.of(discogs);
    }

    @AfterAll
    static void stopFake() {
        discogs.close();
    }

    @Test
    void a_csv_is_uploaded_a_match_accepted_and_one_added_to_the_wantlist() throws Exception {
        String artist = notYours.artists().get(0).name().replaceAll(" \\(\\d+\\)$", "");
        String title = notYours.tracklist().stream().filter(t -> !t.isHeading() && t.subTracks().isEmpty()).findFirst()
                .orElseThrow().title();
        Path csv = Files.createTempFile(Folders.temporary("spindle-upload"), "playlist", ".csv");
        Files.writeString(csv, "Artist,Title,Album\nRick Astley,Never Gonna Give You Up (Remastered),\n"
                + "\"" + artist + "\",\"" + title + " - 2011 Remaster\",\n", StandardCharsets.UTF_8);

        open("/match");
        $("#file").uploadFile(csv.toFile());
        $$("button").findBy(text("Upload and match")).click();
        $("h1").shouldHave(text(csv.getFileName().toString()));
        String batchPage = com.codeborne.selenide.WebDriverRunner.url();
        // the progress bar polls while the worker matches, then the page reloads itself with the results
        $(".batch-progress").shouldHave(text("All 2 tracks matched"), Duration.ofSeconds(60));
        $$(".match-track").shouldHave(size(2));

        SelenideElement rick = $$(".match-track").get(0);
        rick.shouldHave(text("Never Gonna Give You Up"));
        String rickId = rick.getAttribute("id");
        rick.$$("button").findBy(text("Accept")).click();
        $("#" + rickId).shouldHave(text("Linked: it shows on the release page."));
        $("#" + rickId + " .badge-linked").shouldBe(visible);

        SelenideElement other = $$(".match-track").get(1);
        String otherId = other.getAttribute("id");
        other.shouldHave(text(notYours.title()));
        other.$$("button").findBy(text("Add to wantlist")).click();
        $("#" + otherId).shouldHave(text("Added to your wantlist.")).shouldHave(text("In your wantlist"));
        assertTrue(discogs.account().wantReleaseIds().contains(notYours.id()), "the want reached Discogs");

        open("/releases/249504");
        $("#linked-tracks").shouldHave(text("Never Gonna Give You Up (Remastered)"));

        open(batchPage);
        $("#" + rickId).$$("button").findBy(text("Unlink")).click();
        $("#" + rickId).shouldHave(text("Unlinked from release 249504."));
        com.codeborne.selenide.Selenide.refresh();
        $("#" + rickId).shouldHave(text("Accept"));
        $("#" + rickId + " .badge-linked").shouldNot(com.codeborne.selenide.Condition.exist);
        open("/releases/249504");
        // another test of this class may have linked a track of its own to the same release
        $("body").shouldNotHave(text("Never Gonna Give You Up (Remastered)"));
    }

    @Test
    void a_dj_playlist_matched_offers_its_results_as_playlists_and_the_accepted_file_shows_on_the_release() throws Exception {
        Path m3u = Files.createTempFile(Folders.temporary("spindle-upload"), "crate", ".m3u8");
        Files.writeString(m3u, "#EXTM3U\n#EXTINF:213,Rick Astley - Never Gonna Give You Up (Extended Mix)\n"
                + "/Users/dj/Music/Rick Astley/NGGYU (Extended Mix).mp3\n", StandardCharsets.UTF_8);
        open("/match");
        $("#file").uploadFile(m3u.toFile());
        $$("button").findBy(text("Upload and match")).click();
        $(".batch-progress").shouldHave(text("1 track matched"), Duration.ofSeconds(60));
        SelenideElement exports = $(".batch-playlists").shouldBe(visible);
        exports.shouldHave(text("Owned on vinyl: M3U8 · CSV")).shouldHave(text("Not found: M3U8 · CSV"));
        String owned = exports.$$("a").findBy(text("M3U8")).getAttribute("href");
        assertTrue(owned.endsWith("/playlists/owned.m3u8"), owned);
        exports.$$("a").findBy(text("Rekordbox XML")).shouldHave(com.codeborne.selenide.Condition.attribute("download"));

        $$(".match-track").get(0).$$("button").findBy(text("Accept")).click();
        $(".match-track .badge-linked").shouldBe(visible);
        open("/releases/249504");
        $("#linked-tracks .file-location").shouldHave(text("/Users/dj/Music/Rick Astley/NGGYU (Extended Mix).mp3"));
    }
}
