package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.spindle.discogs.model.DiscogsFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatTraitsTest {

    private static FormatTraits traits(String name, String text, String... descriptions) {
        return FormatTraits.of(new DiscogsFormat(name, "1", List.of(descriptions), text));
    }

    @Test
    void a_stated_size_and_speed_are_read_from_the_descriptions() {
        FormatTraits t = traits("Vinyl", null, "12\"", "33 ⅓ RPM", "EP");
        assertEquals("12\"", t.size());
        assertEquals("33", t.speed());
        assertEquals("45", traits("Vinyl", null, "7\"", "45 RPM", "Single").speed());
        assertEquals("10\"", traits("Shellac", null, "10\"", "78 RPM").size());
    }

    @Test
    void an_lp_without_a_size_is_a_twelve_inch() {
        assertEquals("12\"", traits("Vinyl", "Gatefold", "LP", "Album").size());
        assertNull(traits("CD", null, "Album").size());
    }

    @Test
    void colour_and_weight_come_from_the_free_text() {
        FormatTraits t = traits("Vinyl", "Gatefold, 180g, Red Translucent", "LP");
        assertEquals("Red Translucent", t.colour());
        assertEquals(180, t.weightGrams());
        assertEquals(180, traits("Vinyl", "180 Gram", "LP").weightGrams());
        assertEquals("White Marble", traits("Vinyl", "White Marble", "12\"").colour());
        assertNull(traits("Vinyl", "Gatefold", "LP").colour());
        assertNull(traits("Vinyl", "Expanded Edition", "LP").weightGrams());
    }

    @Test
    void sides_and_durations_are_read_from_track_strings() {
        assertEquals("A", TrackPosition.side("A1"));
        assertEquals("B", TrackPosition.side("B"));
        assertEquals("AA", TrackPosition.side("AA"));
        assertNull(TrackPosition.side("1-3"));
        assertNull(TrackPosition.side(""));
        assertEquals(3723, TrackPosition.seconds("1:02:03"));
        assertNull(TrackPosition.seconds(""));
    }

    @Test
    void catalog_numbers_become_keys_of_letters_and_digits() {
        assertEquals("PB41447", SearchKeys.catnoKey("PB 41447"));
        assertEquals("COLCD6529", SearchKeys.catnoKey("col-cd-6529"));
        assertEquals("fall", SearchKeys.sortKey("The Fall"));
        assertEquals("bjork", SearchKeys.sortKey("Björk"));
    }
}
