package app.spindle.match;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A track guessed from a file path or URL: "C:\Music\03 - Artist - Title.mp3" → Artist / Title. */
final class FileNameTrack {

    private FileNameTrack() {
    }

    static ArtistTitle parse(String location) {
        String path = location.strip();
        if (path.contains("://") || path.contains("%")) {
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notEncoded) {
                // a literal % in a plain path: keep it as it is
            }
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        String name = path.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.length() - dot <= 6) {
            name = name.substring(0, dot);
        }
        if (!name.contains(" ")) {
            name = name.replace('_', ' ');
        }
        return ArtistTitle.parse(ArtistTitle.withoutFileNumber(name));
    }
}
