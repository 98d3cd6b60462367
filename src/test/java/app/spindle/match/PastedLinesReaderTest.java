package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PastedLinesReaderTest {

    private final List<DigitalTrack> tracks = PastedLinesReader.read(TestFiles.text("pasted.txt"));

    @Test
    void comments_and_blank_lines_are_skipped() {
        assertEquals(7, tracks.size());
    }

    @Test
    void hyphen_en_dash_and_em_dash_split_artist_from_title() {
        assertEquals(new DigitalTrack("Aphex Twin", "Windowlicker", null, null, null, null, null, "line 2"), tracks.get(0));
        assertEquals("Mr. Fingers", tracks.get(1).artist());
        assertEquals("Can You Feel It (Larry Heard Remix)", tracks.get(1).title());
        assertEquals("Sigur Rós", tracks.get(2).artist());
        assertEquals("Hoppípolla", tracks.get(2).title());
    }

    @Test
    void tab_separated_cells_are_artist_title_album_year_catno_label() {
        DigitalTrack rick = tracks.get(3);
        assertEquals(new DigitalTrack("Rick Astley", "Never Gonna Give You Up", "Whenever You Need Somebody", 1987,
                "PB 41447", "RCA", null, "line 7"), rick);
        assertEquals("Jay-Z", tracks.get(4).artist());
        assertEquals("Ninety-Nine Problems", tracks.get(4).title());
    }

    @Test
    void list_numbers_are_dropped_and_a_lone_title_is_a_title() {
        assertEquals("Kraftwerk", tracks.get(5).artist());
        assertEquals("Das Modell", tracks.get(5).title());
        assertNull(tracks.get(6).artist());
        assertEquals("Windowlicker", tracks.get(6).title());
        assertEquals("line 10", tracks.get(6).source());
    }

    @Test
    void an_unspaced_hyphen_does_not_split() {
        assertEquals(List.of(new DigitalTrack(null, "Jay-Z", null, null, null, null, null, "line 1")),
                PastedLinesReader.read("Jay-Z\n"));
        assertEquals("10cc", PastedLinesReader.read("10cc - Dreadlock Holiday").get(0).artist());
    }
}
