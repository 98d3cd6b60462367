package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PressingComparisonTest {

    private static final Pressing UK_ORIGINAL = new Pressing(1, "The Beatles", "Abbey Road", 1969, "UK", "Apple Records",
            "PCS 7088", "Vinyl, LP, Album, Stereo", "YEX 749-2", 5120, 2380);
    private static final Pressing EU_REISSUE = new Pressing(2, "Beatles, The", "Abbey Road (Remastered)", 2012, "Europe",
            "Apple Records", "0094638246817", "Vinyl, LP, Album, Reissue, Remastered, 180 Gram", null, 14003, 610);
    private static final Pressing CD = new Pressing(3, "The Beatles", "Let It Be", 1970, "UK", "Apple Records", "PCS 7096",
            "Vinyl, LP, Album", null, null, null);

    @Test
    void pressings_of_one_record_are_told_apart_by_what_a_buyer_compares() {
        Map<Long, String> notes = PressingComparison.notes(List.of(UK_ORIGINAL, EU_REISSUE, CD));
        assertEquals("UK · 1969 · original pressing · Apple Records PCS 7088 · LP · runout \u201cYEX 749-2\u201d"
                + " · 5,120 have, 2,380 want", notes.get(1L));
        assertEquals("Europe · 2012 · reissue · Apple Records 0094638246817 · LP, 180 g, Remastered · 14,003 have, 610 want",
                notes.get(2L));
        assertFalse(notes.containsKey(3L), "another record of the same artist gets no comparison");
    }

    @Test
    void what_all_pressings_share_is_not_repeated() {
        Pressing repress = new Pressing(4, "The Beatles", "Abbey Road", 1969, "UK", "Apple Records", "PCS 7088",
                "Vinyl, LP, Album, Stereo, Repress", null, 800, 90);
        assertEquals("reissue · 800 have, 90 want", PressingComparison.notes(List.of(UK_ORIGINAL, repress)).get(4L));
    }
}
