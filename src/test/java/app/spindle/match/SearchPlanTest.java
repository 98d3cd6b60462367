package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchPlanTest {

    @Test
    void a_full_track_is_searched_by_catalog_number_first_then_barcode_then_names_vinyl_first_and_year_relaxed() {
        DigitalTrack track = new DigitalTrack("The Beatles", "Here Comes the Sun - Remastered 2009", "Abbey Road (Remastered)",
                1969, "PCS 7088", null, null, "5 099969 944826", "form");
        assertEquals(List.of(
                Map.of("type", "release", "catno", "PCS 7088", "format", "Vinyl"),
                Map.of("type", "release", "catno", "PCS 7088"),
                Map.of("type", "release", "barcode", "5099969944826"),
                Map.of("type", "release", "artist", "The Beatles", "track", "Here Comes the Sun", "format", "Vinyl", "year", "1969"),
                Map.of("type", "release", "artist", "The Beatles", "track", "Here Comes the Sun", "format", "Vinyl"),
                Map.of("type", "release", "artist", "The Beatles", "release_title", "Abbey Road", "format", "Vinyl", "year", "1969"),
                Map.of("type", "release", "artist", "The Beatles", "release_title", "Abbey Road", "format", "Vinyl"),
                Map.of("type", "release", "artist", "The Beatles", "track", "Here Comes the Sun", "year", "1969"),
                Map.of("type", "release", "artist", "The Beatles", "track", "Here Comes the Sun"),
                Map.of("type", "release", "artist", "The Beatles", "release_title", "Abbey Road", "year", "1969"),
                Map.of("type", "release", "artist", "The Beatles", "release_title", "Abbey Road"),
                Map.of("type", "release", "track", "Here Comes the Sun", "format", "Vinyl"),
                Map.of("type", "release", "q", "The Beatles Here Comes the Sun")), SearchPlan.queries(track));
    }

    @Test
    void guests_and_discogs_numbers_stay_out_of_the_artist() {
        DigitalTrack track = DigitalTrack.of("Daft Punk,Pharrell Williams,Nile Rodgers", "Get Lucky (feat. Pharrell Williams) - Radio Edit");
        assertEquals(Map.of("type", "release", "artist", "Daft Punk", "track", "Get Lucky", "format", "Vinyl"),
                SearchPlan.queries(track).get(0));
        assertEquals("Prince", SearchPlan.queries(DigitalTrack.of("Prince (2) feat. Someone", "Kiss")).get(0).get("artist"));
    }

    @Test
    void a_remix_name_is_left_out_of_the_search_so_every_version_comes_back() {
        assertEquals("Can You Feel It",
                SearchPlan.queries(DigitalTrack.of("Mr. Fingers", "Can You Feel It (Larry Heard Remix)")).get(0).get("track"));
    }

    @Test
    void a_title_alone_is_searched_on_vinyl_then_as_free_text() {
        assertEquals(List.of(
                Map.of("type", "release", "track", "Windowlicker", "format", "Vinyl"),
                Map.of("type", "release", "q", "Windowlicker")), SearchPlan.queries(DigitalTrack.of(null, "Windowlicker")));
    }

    @Test
    void none_as_catalog_number_is_no_search() {
        assertEquals(List.of(Map.of("type", "release", "artist", "Aphex Twin", "release_title", "Drukqs", "format", "Vinyl"),
                        Map.of("type", "release", "artist", "Aphex Twin", "release_title", "Drukqs"),
                        Map.of("type", "release", "q", "Aphex Twin Drukqs")),
                SearchPlan.queries(new DigitalTrack("Aphex Twin", null, "Drukqs", null, "none", null, null, "csv line 2")));
    }
}
