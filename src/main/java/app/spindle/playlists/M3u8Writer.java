package app.spindle.playlists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Extended M3U in UTF-8 (M3U8): {@code #EXTM3U}, a {@code #PLAYLIST} name, then per track
 * {@code #EXTINF:-1,Artist - Title} (length unknown), {@code #EXTALB} with the record's title, and the
 * location: the digital file where one is known, else the release's Discogs page (players skip it).
 */
public final class M3u8Writer {

    private M3u8Writer() {
    }

    public static void write(ExportPlaylist playlist, Writer out) {
        try {
            out.write("#EXTM3U\n");
            out.write("#PLAYLIST:" + oneLine(playlist.name()) + "\n");
            for (PlaylistTrack t : playlist.tracks()) {
                out.write("#EXTINF:-1," + oneLine(t.artist()) + " - " + oneLine(t.title()) + "\n");
                if (t.releaseTitle() != null) {
                    out.write("#EXTALB:" + oneLine(t.releaseTitle()) + "\n");
                }
                out.write((t.file() != null ? oneLine(t.file()) : t.discogsUrl()) + "\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line break inside a tag would start a new entry. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ").strip();
    }
}
