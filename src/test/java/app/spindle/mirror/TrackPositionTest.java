package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackPositionTest {

    @ParameterizedTest(name = "{0} → side {1}, disc {2}")
    @CsvSource(nullValues = "null", value = {
            "A2, A, null", "C1, C, null", "A, A, null", "AA, AA, null", "B2a, B, null", "b1, B, null",
            "B-2, B, null", "A.1, A, null", "Aa, A, null", "CD1, null, null", "Video, null, null", "1-03, null, 1", "2-11, null, 2", "CD2-5, null, 2", "1, null, null", "9A, null, null", "'', null, null",
    })
    void positions_name_their_side_or_disc(String position, String side, Integer disc) {
        TrackPosition p = TrackPosition.parse(position);
        assertEquals(side, p.side());
        assertEquals(disc, p.disc());
    }
}
