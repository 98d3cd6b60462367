package app.spindle.discogs.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FakeDiscogsPaginationTest {
    static FakeDiscogs fake;
    static FakeApi api;
    static String releases;

    @BeforeAll
    static void start() {
        fake = FakeDiscogs.builder().seed(3).collectionSize(1050).wantlistSize(120).includeRealReleases(false)
                .rateLimit(100_000, Duration.ofSeconds(60)).start();
        api = new FakeApi(fake);
        releases = "/users/" + fake.username() + "/collection/folders/0/releases";
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void a_1050_item_collection_pages_completely_by_following_next_links() {
        Set<Long> instances = new HashSet<>();
        int pages = 0;
        String url = releases + "?per_page=100";
        while (url != null) {
            JsonNode page = api.get(url).json();
            JsonNode pagination = page.get("pagination");
            pages++;
            assertEquals(pages, pagination.get("page").asInt());
            assertEquals(11, pagination.get("pages").asInt());
            assertEquals(1050, pagination.get("items").asInt());
            assertEquals(pages == 11 ? 50 : 100, page.get("releases").size());
            page.get("releases").forEach(item -> instances.add(item.get("instance_id").asLong()));
            url = pagination.get("urls").path("next").asText(null);
        }
        assertEquals(11, pages);
        assertEquals(1050, instances.size());
        assertEquals(1050, fake.account().instanceCount());
        assertTrue(fake.account().collectionReleaseIds().size() < 1050, "some releases are owned twice");
    }

    @Test
    void urls_hold_only_the_links_that_apply() {
        JsonNode first = api.get(releases + "?per_page=100").json().get("pagination").get("urls");
        assertEquals(Set.of("next", "last"), Captures.keys(first));
        assertEquals(fake.baseUrl() + releases + "?per_page=100&page=11", first.get("last").asText());
        JsonNode middle = api.get(releases + "?per_page=100&page=5").json().get("pagination").get("urls");
        assertEquals(Set.of("first", "prev", "next", "last"), Captures.keys(middle));
        assertEquals(fake.baseUrl() + releases + "?per_page=100&page=4", middle.get("prev").asText());
        assertEquals(fake.baseUrl() + releases + "?per_page=100&page=6", middle.get("next").asText());
        JsonNode last = api.get(releases + "?page=11&per_page=100").json().get("pagination").get("urls");
        assertEquals(Set.of("first", "prev"), Captures.keys(last));
        assertEquals(fake.baseUrl() + releases + "?per_page=100&page=1", last.get("first").asText());
        JsonNode single = api.get("/users/" + fake.username() + "/collection/folders").json();
        assertFalse(single.has("pagination"));
        JsonNode onePage = api.get("/masters/" + someMaster() + "/versions").json().get("pagination");
        assertEquals(0, onePage.get("urls").size(), "a single page has urls {}");
    }

    @Test
    void a_page_past_the_end_is_the_real_404() {
        FakeApi.Answer answer = api.get(releases + "?per_page=100&page=12");
        assertEquals(404, answer.status());
        assertEquals("{\"message\":\"Page 12 is outside of valid range [1, 11].\"}", answer.body());
    }

    @Test
    void per_page_defaults_to_50_and_is_capped_at_100() {
        assertEquals(50, api.get(releases).json().get("pagination").get("per_page").asInt());
        JsonNode capped = api.get(releases + "?per_page=500").json();
        assertEquals(100, capped.get("pagination").get("per_page").asInt());
        assertEquals(100, capped.get("releases").size());
    }

    @Test
    void collection_sorts_by_every_documented_key() {
        assertSorted("artist", false, item -> artist(item.get("basic_information")));
        assertSorted("title", false, item -> item.get("basic_information").get("title").asText().toLowerCase());
        assertSorted("year", true, item -> String.format("%04d", item.get("basic_information").get("year").asInt()));
        assertSorted("added", true, item -> item.get("date_added").asText());
        assertSorted("rating", true, item -> String.valueOf(item.get("rating").asInt()));
        assertSorted("catno", false, item -> item.get("basic_information").get("labels").get(0).get("catno").asText().toLowerCase());
        assertEquals(200, api.get(releases + "?sort=format").status());
    }

    @Test
    void wants_page_and_sort_like_the_collection() {
        String wants = "/users/" + fake.username() + "/wants";
        JsonNode page = api.get(wants + "?per_page=100&page=2&sort=title&sort_order=asc").json();
        assertEquals(120, page.get("pagination").get("items").asInt());
        assertEquals(20, page.get("wants").size());
        List<String> titles = new ArrayList<>();
        page.get("wants").forEach(want -> titles.add(want.get("basic_information").get("title").asText().toLowerCase()));
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(null);
        assertEquals(sorted, titles);
        assertEquals("{\"message\":\"Page 4 is outside of valid range [1, 3].\"}", api.get(wants + "?per_page=50&page=4").body());
    }

    private static void assertSorted(String sort, boolean descending, java.util.function.Function<JsonNode, String> key) {
        List<String> keys = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            api.get(releases + "?per_page=100&sort=" + sort + "&sort_order=" + (descending ? "desc" : "asc") + "&page=" + page)
                    .json().get("releases").forEach(item -> keys.add(key.apply(item)));
        }
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(descending ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
        assertEquals(sorted, keys, "sorted by " + sort);
    }

    private static String artist(JsonNode info) {
        StringBuilder display = new StringBuilder();
        JsonNode artists = info.get("artists");
        for (int i = 0; i < artists.size(); i++) {
            JsonNode a = artists.get(i);
            display.append(a.get("anv").asText().isEmpty() ? a.get("name").asText() : a.get("anv").asText());
            if (i < artists.size() - 1) {
                String join = a.get("join").asText();
                display.append(join.isEmpty() || join.equals(",") ? "," : " " + join).append(' ');
            }
        }
        return display.toString().toLowerCase();
    }

    private static long someMaster() {
        for (long id = 40_000_000; ; id++) {
            JsonNode release = api.get("/releases/" + id).json();
            if (release.has("master_id")) {
                long masterId = release.get("master_id").asLong();
                if (api.get("/masters/" + masterId + "/versions").json().get("pagination").get("pages").asInt() == 1) {
                    return masterId;
                }
            }
        }
    }
}
