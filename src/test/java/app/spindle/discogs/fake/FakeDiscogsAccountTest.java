package app.spindle.discogs.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeDiscogsAccountTest {
    FakeDiscogs fake;
    FakeApi api;
    String user;

    @BeforeEach
    void start() {
        fake = FakeDiscogs.builder().seed(11).collectionSize(150).wantlistSize(40).rateLimit(10_000, Duration.ofSeconds(60)).start();
        api = new FakeApi(fake);
        user = "/users/" + fake.username();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void a_release_added_through_the_api_appears_in_the_listing_and_can_be_removed() {
        long release = notOwned();
        FakeApi.Answer added = api.send("POST", user + "/collection/folders/1/releases/" + release, null);
        assertEquals(201, added.status());
        assertEquals(Captures.keys(Captures.load("collection/add-to-folder-2022.json")), Captures.keys(added.json()));
        long instance = added.json().get("instance_id").asLong();
        JsonNode newest = api.get(user + "/collection/folders/0/releases?sort=added&sort_order=desc&per_page=1").json();
        assertEquals(instance, newest.get("releases").get(0).get("instance_id").asLong());
        assertEquals(1, api.get(user + "/collection/releases/" + release).json().get("releases").size());

        assertEquals(204, api.send("POST", user + "/collection/folders/1/releases/" + release + "/instances/" + instance,
                "{\"rating\": 4}").status());
        assertEquals(4, api.get(user + "/collection/releases/" + release).json().get("releases").get(0).get("rating").asInt());

        assertEquals(204, api.send("DELETE", user + "/collection/folders/1/releases/" + release + "/instances/" + instance, null).status());
        assertEquals(0, api.get(user + "/collection/releases/" + release).json().get("releases").size());
        assertFalse(fake.account().collectionReleaseIds().contains(release));
    }

    @Test
    void folder_0_is_read_only_and_missing_folders_are_named() {
        FakeApi.Answer all = api.send("POST", user + "/collection/folders/0/releases/" + notOwned(), null);
        assertEquals(400, all.status());
        assertEquals(CollectionRoutes.FOLDER_0_READ_ONLY, all.json().get("message").asText());
        FakeApi.Answer missing = api.send("POST", user + "/collection/folders/999/releases/" + notOwned(), null);
        assertEquals(404, missing.status());
        assertEquals("The requested folder does not exist.", missing.json().get("message").asText());
        assertEquals(401, api.send(api.request(user + "/collection/folders/1/releases/" + notOwned())
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())).status());
    }

    @Test
    void wants_added_and_removed_through_the_api_or_the_account_show_in_the_listing() {
        long release = notOwned();
        FakeApi.Answer put = api.send("PUT", user + "/wants/" + release, "{\"notes\": \"the blue vinyl\", \"rating\": 3}");
        assertEquals(201, put.status());
        assertEquals("the blue vinyl", put.json().get("notes").asText());
        assertTrue(wantIds().contains(release));
        assertEquals(204, api.send("DELETE", user + "/wants/" + release, null).status());
        assertFalse(wantIds().contains(release));
        assertEquals(404, api.send("DELETE", user + "/wants/" + release, null).status());

        fake.account().addWant(release);
        assertTrue(wantIds().contains(release));
        long someInstance = fake.account().instanceIds().get(0);
        fake.account().removeInstance(someInstance);
        assertEquals(fake.account().instanceCount(),
                api.get(user + "/collection/folders/0/releases").json().get("pagination").get("items").asInt());
    }

    @Test
    void search_requires_authentication() {
        FakeApi.Answer anonymous = api.anonymous("/database/search?q=anything");
        assertEquals(401, anonymous.status());
        assertEquals("You must authenticate to access this resource.", anonymous.json().get("message").asText());
    }

    @Test
    void search_finds_the_fakes_releases_by_every_field_and_reflects_the_account() {
        long owned = fake.account().collectionReleaseIds().stream().filter(id -> id >= 40_000_000).findFirst().orElseThrow();
        JsonNode release = api.get("/releases/" + owned).json();
        String catno = release.get("labels").get(0).get("catno").asText();
        String artist = release.get("artists").get(0).get("name").asText();
        String title = release.get("title").asText();

        assertFound("/database/search?catno=" + encode(catno.toLowerCase().replace(" ", "").replace("-", "")), owned);
        assertFound("/database/search?q=" + encode(catno), owned);
        assertFound("/database/search?q=" + encode(artist + " " + title), owned);
        assertFound("/database/search?artist=" + encode(artist) + "&release_title=" + encode(title)
                + "&year=" + release.get("year").asInt() + "&country=" + encode(release.get("country").asText()), owned);
        assertFound("/database/search?track=" + encode(release.get("tracklist").get(0).path("title").asText()), owned);
        for (JsonNode identifier : release.get("identifiers")) {
            if (identifier.get("type").asText().equals("Barcode") || identifier.get("type").asText().equals("Matrix / Runout")) {
                assertFound("/database/search?barcode=" + encode(identifier.get("value").asText()), owned);
            }
        }
        JsonNode hit = find("/database/search?type=release&q=" + encode(catno), owned);
        assertTrue(hit.get("user_data").get("in_collection").asBoolean());
        assertTrue(hit.get("title").asText().endsWith(" - " + title), hit.get("title").asText());

        long real = 1161277;
        assertFound("/database/search?q=Stockhausen&type=release", real);
        assertFound("/database/search?barcode=" + encode("PB 41447 A2 UTOPIA MS [encircled]"), 249504);
    }

    @Test
    void search_stops_at_10000_results_and_pages_past_the_end_are_404() {
        JsonNode all = api.get("/database/search?type=release&per_page=100").json().get("pagination");
        assertTrue(all.get("items").asInt() <= SearchRoutes.MAX_RESULTS);
        assertEquals(404, api.get("/database/search?type=release&per_page=100&page=" + (all.get("pages").asInt() + 1)).status());
    }

    private JsonNode find(String path, long id) {
        for (JsonNode result : api.get(path + "&per_page=100").json().get("results")) {
            if (result.get("id").asLong() == id && !result.get("type").asText().equals("master")) {
                return result;
            }
        }
        throw new AssertionError(path + " did not find " + id);
    }

    private void assertFound(String path, long id) {
        find(path, id);
    }

    private Set<Long> wantIds() {
        Set<Long> ids = new HashSet<>();
        api.get(user + "/wants?per_page=100").json().get("wants").forEach(w -> ids.add(w.get("id").asLong()));
        return ids;
    }

    private long notOwned() {
        return fake.releaseIds().stream().filter(id -> !fake.account().collectionReleaseIds().contains(id)
                && !fake.account().wantReleaseIds().contains(id)).findFirst().orElseThrow();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
