package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class M3uReaderTest {

    @Test
    void extinf_titles_give_artist_and_title() {
        List<DigitalTrack> tracks = M3uReader.read(TestFiles.text("extinf.m3u8"));
        assertEquals(4, tracks.size());
        assertEquals(new DigitalTrack("Aphex Twin", "Windowlicker", null, null, null, null, null, null, "m3u line 3",
                "/music/Aphex Twin/Windowlicker/01 Windowlicker.flac"), tracks.get(0), "with the entry's file");
        assertEquals("Can You Feel It (Larry Heard Remix)", tracks.get(1).title());
        assertEquals("Sigur Rós", tracks.get(2).artist(), "a comma inside an attribute's quotes is not the title's");
        assertEquals("Hoppípolla", tracks.get(2).title());
    }

    @Test
    void an_empty_extinf_title_falls_back_to_the_file_name_and_extalb_gives_the_album() {
        DigitalTrack track = M3uReader.read(TestFiles.text("extinf.m3u8")).get(3);
        assertEquals("Sigur Rós", track.artist());
        assertEquals("Starálfur", track.title());
        assertEquals("Ágætis byrjun", track.album());
        assertEquals("m3u line 12", track.source());
    }

    @Test
    void without_extinf_file_names_give_artist_and_title() {
        String text = new String(TestFiles.bytes("plain.m3u"), Charset.forName("windows-1252"));
        List<DigitalTrack> tracks = M3uReader.read(text);
        assertEquals(5, tracks.size());
        assertEquals("Bronski Beat", tracks.get(0).artist());
        assertEquals("Smalltown Boy", tracks.get(0).title());
        assertEquals("Motörhead", tracks.get(1).artist());
        assertEquals("2 Unlimited", tracks.get(2).artist(), "a URL is decoded and a band's number kept");
        assertEquals("No Limit", tracks.get(2).title());
        assertEquals("Kraftwerk", tracks.get(3).artist());
        assertEquals("Das Modell", tracks.get(3).title());
        assertNull(tracks.get(4).artist());
        assertEquals("just-a-title", tracks.get(4).title());
    }
}
