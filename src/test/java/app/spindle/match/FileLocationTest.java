package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FileLocationTest {

    @Test
    void a_rekordbox_location_on_a_mac_is_read_back_to_its_path() {
        assertEquals("/Users/dj/Music/Daft Punk/Around the World.mp3",
                FileLocation.ofUri("file://localhost/Users/dj/Music/Daft%20Punk/Around%20the%20World.mp3"));
    }

    @Test
    void a_rekordbox_location_on_windows_starts_with_its_drive() {
        assertEquals("C:/Users/dj/Music/Björk/Army of Me.flac",
                FileLocation.ofUri("file://localhost/C:/Users/dj/Music/Bj%C3%B6rk/Army%20of%20Me.flac"));
    }

    @Test
    void a_plus_in_a_file_name_stays_a_plus_and_a_lone_percent_stays_a_percent() {
        assertEquals("/music/A+B 100% Live.mp3", FileLocation.ofUri("file:///music/A+B%20100%%20Live.mp3"));
    }

    @Test
    void an_m3u_line_is_kept_as_written_unless_it_is_a_file_uri() {
        assertEquals("Music/100%25 Pure.mp3", FileLocation.of("Music/100%25 Pure.mp3"));
        assertEquals("C:\\Music\\a.mp3", FileLocation.of("  C:\\Music\\a.mp3 "));
        assertEquals("/home/dj/a b.ogg", FileLocation.of("file:///home/dj/a%20b.ogg"));
        assertEquals("http://radio.example/stream", FileLocation.of("http://radio.example/stream"));
        assertNull(FileLocation.of("  "));
    }

    @Test
    void a_relative_rekordbox_reference_is_decoded_too() {
        assertEquals("Música/a.mp3", FileLocation.ofUri("M%C3%BAsica/a.mp3"));
        assertEquals("https://example.com/a%20b.mp3", FileLocation.ofUri("https://example.com/a%20b.mp3"));
    }
}
