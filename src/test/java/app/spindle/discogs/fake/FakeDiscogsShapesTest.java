package app.spindle.discogs.fake;

import static app.spindle.discogs.fake.Captures.keys;
import static app.spindle.discogs.fake.Captures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FakeDiscogsShapesTest {
    static FakeDiscogs fake;
    static FakeApi api;
    static String user;

    @BeforeAll
    static void start() {
        fake = FakeDiscogs.builder().seed(7).collectionSize(300).wantlistSize(60).folders(3)
                .rateLimit(100_000, java.time.Duration.ofSeconds(60)).start();
        api = new FakeApi(fake);
        user = "/users/" + fake.username();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void collection_items_have_the_2022_item_and_basic_information_keys() {
        JsonNode page = api.get(user + "/collection/folders/0/releases?per_page=100").json();
        JsonNode real = load("collection/folder-items-2022.json");
        assertEquals(keys(real), keys(page));
        assertEquals(keys(real.get("pagination")), keys(page.get("pagination")));
        JsonNode realItem = real.get("releases").get(0);
        boolean sawNotes = false;
        for (JsonNode item : page.get("releases")) {
            Set<String> itemKeys = keys(item);
            sawNotes |= itemKeys.contains("notes");
            itemKeys.add("notes");
            assertEquals(keys(realItem), itemKeys);
            assertEquals(keys(realItem.get("basic_information")), keys(item.get("basic_information")));
        }
        assertTrue(sawNotes, "some items carry condition notes for the owner");
    }

    @Test
    void basic_information_agrees_with_the_full_release_document() {
        JsonNode page = api.get(user + "/collection/folders/0/releases?per_page=40&sort=added&sort_order=desc").json();
        for (JsonNode item : page.get("releases")) {
            JsonNode info = item.get("basic_information");
            JsonNode release = api.get("/releases/" + item.get("id").asLong()).json();
            for (String field : new String[] {"title", "year", "formats", "labels", "artists", "thumb", "genres", "styles"}) {
                assertEquals(release.get(field), info.get(field), field + " of release " + item.get("id"));
            }
            assertEquals(release.path("master_id").asLong(0), info.get("master_id").asLong(), "master_id of " + item.get("id"));
            assertEquals(release.path("images").path(0).path("uri").asText(""), info.get("cover_image").asText());
        }
    }

    @Test
    void wants_have_the_captured_keys_and_a_plain_string_note() {
        JsonNode page = api.get(user + "/wants?per_page=100").json();
        JsonNode real = load("wants/page-1.json");
        assertEquals(keys(real), keys(page));
        JsonNode realWant = real.get("wants").get(0);
        for (JsonNode want : page.get("wants")) {
            assertEquals(keys(realWant), keys(want));
            assertEquals(keys(realWant.get("basic_information")), keys(want.get("basic_information")));
            assertTrue(want.get("notes").isTextual());
        }
    }

    @Test
    void generated_releases_have_the_keys_of_real_release_documents() {
        Set<String> required = keys(load("releases/release-2022.json"));
        Set<String> allowed = new TreeSet<>(required);
        allowed.addAll(Set.of("notes", "master_id", "master_url"));
        for (long id = 40_000_000; id < 40_000_060; id++) {
            JsonNode release = api.get("/releases/" + id).json();
            Set<String> found = keys(release);
            assertTrue(found.containsAll(required), "release " + id + " misses " + difference(required, found));
            assertTrue(allowed.containsAll(found), "release " + id + " has extra " + difference(found, allowed));
            assertEquals(release.has("master_id"), release.has("master_url"));
            for (JsonNode track : release.get("tracklist")) {
                assertTrue(Set.of("track", "heading", "index").contains(track.get("type_").asText()));
                assertEquals(track.get("type_").asText().equals("index"), track.has("sub_tracks"));
            }
            assertTrue(release.get("formats").get(0).get("qty").isTextual());
        }
    }

    @Test
    void real_releases_are_served_as_captured_and_without_images_when_anonymous() {
        JsonNode release = api.get("/releases/1161277").json();
        assertEquals("Chöre Für Doris - Choral - Drei Lieder - Sonatine - Kreuzspiel", release.get("title").asText());
        assertFalse(release.has("master_id"), "1161277 has no master, so no master_id key");
        assertTrue(release.get("tracklist").get(0).has("sub_tracks"));
        JsonNode anonymous = api.anonymous("/releases/40000001").json();
        assertEquals("", anonymous.get("thumb").asText());
        anonymous.get("images").forEach(image -> assertEquals("", image.get("uri").asText()));
        assertEquals("", api.anonymous("/releases/249504").json().get("images").get(0).get("uri").asText());
    }

    @Test
    void masters_versions_artists_and_labels_have_the_captured_keys() {
        long releaseWithMaster = 40_000_000;
        while (!api.get("/releases/" + releaseWithMaster).json().has("master_id")) {
            releaseWithMaster++;
        }
        long masterId = api.get("/releases/" + releaseWithMaster).json().get("master_id").asLong();
        JsonNode master = api.get("/masters/" + masterId).json();
        assertEquals(keys(load("masters/master-2022.json")), keys(master));
        JsonNode versions = api.get("/masters/" + masterId + "/versions").json();
        JsonNode realVersions = load("masters/master-versions-2022.json");
        assertEquals(keys(realVersions), keys(versions));
        assertEquals(keys(realVersions.get("versions").get(0)), keys(versions.get("versions").get(0)));
        assertEquals(keys(realVersions.get("filter_facets").get(0)), keys(versions.get("filter_facets").get(0)));
        assertEquals(200, api.get("/masters/96559").status(), "masters of real releases are served too");
        Set<String> artistKeys = keys(load("artists/23755.json"));
        assertTrue(artistKeys.containsAll(keys(api.get("/artists/20000001").json())));
        // a label with a parent carries parent_label (the 2022 capture), one without does not (labels/1.json)
        Set<String> labelKeys = new java.util.HashSet<>(keys(load("labels/1.json")));
        labelKeys.addAll(keys(load("labels/label-2022.json")));
        assertTrue(labelKeys.containsAll(keys(api.get("/labels/10000001").json())));
    }

    @Test
    void identity_profile_folders_fields_and_marketplace_have_the_captured_keys() {
        assertEquals(keys(load("oauth/identity-2022.json")), keys(api.get("/oauth/identity").json()));
        assertEquals(keys(load("users/profile-owner.json")), keys(api.get(user).json()));
        JsonNode folders = api.get(user + "/collection/folders").json();
        assertEquals(keys(load("collection/folders-2022.json").get("folders").get(0)), keys(folders.get("folders").get(0)));
        assertEquals(2 + 3, folders.get("folders").size());
        assertEquals(load("collection/fields-2022.json"), api.get(user + "/collection/fields").json());
        JsonNode stats = api.get("/marketplace/stats/40000001").json();
        assertEquals(Set.of("lowest_price", "num_for_sale", "blocked_from_sale"), keys(stats));
        fake.marketplace().setSeller(true); // Discogs suggests prices to sellers only
        assertEquals(keys(load("marketplace/price-suggestions.json")), keys(api.get("/marketplace/price_suggestions/40000001").json()));
        fake.marketplace().setSeller(false);
    }

    @Test
    void search_results_have_the_captured_keys() {
        JsonNode real = load("search/search-2022.json");
        JsonNode releases = api.get("/database/search?type=release&genre=Jazz&per_page=5").json();
        assertEquals(keys(real.get("results").get(1)), keys(releases.get("results").get(0)));
        JsonNode masters = api.get("/database/search?type=master&genre=Jazz&per_page=5").json();
        assertEquals(keys(real.get("results").get(0)), keys(masters.get("results").get(0)));
        assertEquals("master", masters.get("results").get(0).get("type").asText());
        assertEquals(masters.get("results").get(0).get("id"), masters.get("results").get(0).get("master_id"));
        String name = api.get("/releases/40000001").json().at("/artists/0/name").asText();
        JsonNode artist = api.get("/database/search?type=artist&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .json().get("results").get(0);
        assertEquals("artist", artist.get("type").asText());
        assertTrue(artist.get("resource_url").asText().endsWith("/artists/" + artist.get("id").asLong()),
                artist.get("resource_url").asText());
        assertEquals(422, api.get("/database/search?type=song&q=x").status());
    }

    @Test
    void errors_have_the_real_bodies() {
        assertEquals(load("errors/release-404.json"), api.get("/releases/123").json());
        assertEquals(load("errors/folder-does-not-exist.json"), api.get(user + "/collection/folders/77/releases").json());
        FakeApi.Answer anonymous = api.anonymous("/oauth/identity");
        assertEquals(401, anonymous.status());
        assertEquals(load("errors/unauthenticated.json"), anonymous.json());
        assertNotNull(anonymous.header("WWW-Authenticate"));
        assertEquals(401, api.anonymous(user + "/wants").status());
        FakeApi.Answer noAgent = api.send(api.request("/releases/40000001").setHeader("User-Agent", "").GET());
        assertEquals(403, noAgent.status());
        assertEquals("", noAgent.body());
    }

    @Test
    void a_public_collection_shows_folder_0_to_anyone_without_notes_or_images() {
        JsonNode page = api.anonymous(user + "/collection/folders/0/releases?per_page=100").json();
        for (JsonNode item : page.get("releases")) {
            assertFalse(item.has("notes"));
            assertEquals("", item.get("basic_information").get("thumb").asText());
        }
        assertEquals(401, api.anonymous(user + "/collection/folders/1/releases").status());
        assertEquals(1, api.anonymous(user + "/collection/folders").json().get("folders").size());
    }

    @Test
    void generated_cover_images_are_served_as_jpeg() {
        String thumb = api.get("/releases/40000001").json().get("thumb").asText();
        assertTrue(thumb.startsWith(fake.baseUrl() + "/images/"));
        FakeApi.Answer image = api.anonymous(thumb);
        assertEquals(200, image.status());
        assertEquals("image/jpeg", image.header("Content-Type"));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
