package app.spindle.match;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A digital file's location as Spindle keeps it: a plain path ("/Users/dj/Music/a b.mp3", "C:\Music\a.mp3",
 * "Music/a.mp3") or a URL that is not a file's ("http://…"). A {@code file:} URI, as Rekordbox writes one
 * ("file://localhost/Users/dj/Music/a%20b.mp3") or an M3U may hold, is read back to its path, so one file
 * has one form whatever playlist it came from.
 */
public final class FileLocation {
    private static final Pattern FILE_URI = Pattern.compile("(?i)^file:(//[^/]*)?");
    private static final Pattern WEB_ADDRESS = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern DRIVE = Pattern.compile("^/[A-Za-z]:[/\\\\].*");

    private FileLocation() {
    }

    /** The path of a {@code file:} URI; anything else as given; null for nothing. */
    public static String of(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        String text = location.strip();
        var uri = FILE_URI.matcher(text);
        if (!uri.find()) {
            return text;
        }
        String path = percentDecoded(text.substring(uri.end()));
        // "file://localhost/C:/Music/a.mp3" is a Windows path: its drive letter comes first
        return DRIVE.matcher(path).matches() ? path.substring(1) : path;
    }

    /**
     * A location that is always a URI reference, as a Rekordbox Location is: a {@code file:} URI or a relative
     * reference ("M%C3%BAsica/a.mp3") read back to its path; a web address as given.
     */
    public static String ofUri(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        String text = location.strip();
        return FILE_URI.matcher(text).find() || WEB_ADDRESS.matcher(text).find() ? of(text) : percentDecoded(text);
    }

    /** Rekordbox writes "%20" for a space and UTF-8 bytes for other letters; a "+" stays a plus. */
    private static String percentDecoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int letter = text.codePointAt(i);
                bytes.writeBytes(Character.toString(letter).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(letter);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String text, int at) {
        return at < text.length() && "0123456789abcdef".indexOf(Character.toLowerCase(text.charAt(at))) >= 0;
    }
}
