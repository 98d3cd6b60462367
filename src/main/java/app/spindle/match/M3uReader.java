package app.spindle.match;

import java.util.ArrayList;
import java.util.List;

/**
 * An M3U/M3U8 playlist. A track's artist and title come from its "#EXTINF:seconds,Artist - Title"
 * line when there is one, else from the file name ("03 - Artist - Title.mp3"). "#EXTALB:" and
 * "#EXTART:" (extended M3U) fill album and artist of the next entry; other comments are skipped. The
 * entry's own line is kept as the track's file location.
 */
public final class M3uReader {

    private M3uReader() {
    }

    public static List<DigitalTrack> read(String text) {
        List<DigitalTrack> tracks = new ArrayList<>();
        List<String> lines = text.lines().toList(); // as the pasted lines: no regular expression at every character
        String extinf = null;
        int extinfLine = 0;
        String album = null;
        String artist = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.regionMatches(true, 0, "#EXTINF:", 0, 8)) {
                extinf = titleOf(line.substring(8));
                extinfLine = i + 1;
            } else if (line.regionMatches(true, 0, "#EXTALB:", 0, 8)) {
                album = line.substring(8).strip();
            } else if (line.regionMatches(true, 0, "#EXTART:", 0, 8)) {
                artist = line.substring(8).strip();
            } else if (!line.startsWith("#")) {
                boolean titled = extinf != null && !extinf.isBlank();
                ArtistTitle at = titled ? ArtistTitle.parse(extinf) : FileNameTrack.parse(line);
                int sourceLine = titled ? extinfLine : i + 1;
                String trackArtist = at.artist() != null ? at.artist() : artist;
                DigitalTrack track = new DigitalTrack(trackArtist, at.title(), album, null, null, null, null, null,
                        "m3u line " + sourceLine, FileLocation.of(line));
                if (!track.isEmpty()) {
                    tracks.add(track);
                }
                extinf = null;
                album = null;
                artist = null;
            }
        }
        return List.copyOf(tracks);
    }

    /** The display title after the first comma that is not inside an attribute's quotes. */
    private static String titleOf(String extinf) {
        boolean quoted = false;
        for (int i = 0; i < extinf.length(); i++) {
            char c = extinf.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                return extinf.substring(i + 1).strip();
            }
        }
        return null;
    }
}
