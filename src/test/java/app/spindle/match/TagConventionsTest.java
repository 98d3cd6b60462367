package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TagConventionsTest {

    private static DigitalTrack undone(String artist, String title) {
        return TagConventions.undo(DigitalTrack.of(artist, title));
    }

    @Test
    void a_track_number_left_in_the_title_is_taken_out() {
        assertEquals("Flute's", undone("Kings Of Tomorrow", "04. Flute's").title());
        assertEquals("Atomic Attack", undone("Midism", "1 - Atomic Attack").title());
        assertEquals("Stephan", undone("Mikkel Metal", "02-Stephan").title());
    }

    @Test
    void a_vinyl_rips_side_and_position_is_taken_out() {
        assertEquals("Goldfinger", undone("Sounds Orchestral", "[A2] Goldfinger").title());
        assertEquals("Vasastaden", undone("The Persuader", "B1. Vasastaden").title());
        assertEquals("Gamla Stan", undone("The Persuader", "D - Gamla Stan").title());
        assertEquals("Kungsholmen", undone("The Persuader", "B2 Kungsholmen").title());
    }

    @Test
    void artist_and_title_in_the_title_tag_are_split_when_no_artist_tag_names_someone_else() {
        DigitalTrack split = undone(null, "Fredrik Stark - Hasstle");
        assertEquals("Fredrik Stark", split.artist());
        assertEquals("Hasstle", split.title());
        assertEquals("Are You Metal?", undone("Helloween", "Helloween - Are You Metal?").title());
        assertEquals("Other - Song", undone("Helloween", "Other - Song").title());
    }

    @Test
    void titles_that_only_look_tagged_stay_as_they_are() {
        assertEquals("Here Comes The Sun - 2019 Mix", undone(null, "Here Comes The Sun - 2019 Mix").title());
        assertEquals("2 Become 1", undone("Spice Girls", "2 Become 1").title());
        assertEquals("A Day In The Life", undone("The Beatles", "A Day In The Life").title());
    }
}
