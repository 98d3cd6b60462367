package app.spindle.match;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded file or pasted text into tracks, choosing the reader by file name and, when the
 * name does not tell, by content. Either all tracks come back or an {@link ImportException} does:
 * nothing is half-imported. Files over {@code maxBytes} are refused before they are parsed, files over
 * {@link ImportCaps} after.
 */
public final class TrackImport {

    private final long maxBytes;

    public TrackImport(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads at most the cap (plus one byte, to know it was exceeded) from {@code in}; does not close it. */
    public ImportedFile read(String fileName, InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload failed", e);
        }
        return read(fileName, bytes);
    }

    public ImportedFile read(String fileName, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        ImportFormat format = formatOf(name, bytes);
        List<String> notes = new ArrayList<>();
        ImportedFile file = switch (format) {
            case REKORDBOX -> {
                checkXmlEncoding(bytes);
                RekordboxLibrary library = RekordboxXmlReader.read(new ByteArrayInputStream(bytes));
                yield new ImportedFile(format, library.tracks(), library.playlists(), notes);
            }
            case M3U -> new ImportedFile(format, M3uReader.read(text(bytes, !name.endsWith(".m3u8"), notes)),
                    List.of(), notes);
            case CSV -> new ImportedFile(format, CsvTrackReader.read(text(bytes, true, notes)), List.of(), notes);
            case LINES -> new ImportedFile(format, PastedLinesReader.read(text(bytes, true, notes)), List.of(), notes);
        };
        if (file.tracks().isEmpty()) {
            throw new ImportException("No tracks found in " + (fileName == null || fileName.isBlank() ? "the file" : fileName) + ".");
        }
        ImportCaps.check(file);
        return file;
    }

    /** Text pasted into the form, read line by line. */
    public ImportedFile readPasted(String text) {
        if (text.length() > maxBytes) {
            throw tooLarge();
        }
        List<DigitalTrack> tracks = PastedLinesReader.read(text);
        if (tracks.isEmpty()) {
            throw new ImportException("No tracks found: write one \"Artist - Title\" a line.");
        }
        ImportedFile pasted = new ImportedFile(ImportFormat.LINES, tracks, List.of(), List.of());
        ImportCaps.check(pasted);
        return pasted;
    }

    private static ImportFormat formatOf(String name, byte[] bytes) {
        if (name.endsWith(".xml")) {
            return ImportFormat.REKORDBOX;
        }
        if (name.endsWith(".m3u") || name.endsWith(".m3u8")) {
            return ImportFormat.M3U;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            return ImportFormat.CSV;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading();
        if (!name.endsWith(".txt") && head.startsWith("<")) {
            return ImportFormat.REKORDBOX;
        }
        if (head.regionMatches(true, 0, "#EXTM3U", 0, 7)) {
            return ImportFormat.M3U;
        }
        try {
            return CsvTrackReader.looksLikeCsv(TextDecoding.decode(bytes, true).text()) ? ImportFormat.CSV : ImportFormat.LINES;
        } catch (ImportException notText) {
            return ImportFormat.LINES;
        }
    }

    /**
     * Rekordbox writes UTF-8; checking that first gives the same located message as for CSV, where
     * the XML parser would report it in its own words (and print it to stderr as well).
     */
    private static void checkXmlEncoding(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        int declared = head.indexOf("encoding=");
        boolean utf8 = declared < 0 || head.regionMatches(true, declared + 10, "UTF-8", 0, 5);
        if (utf8) {
            TextDecoding.decode(bytes, false);
        }
    }

    private static String text(byte[] bytes, boolean allowWindows1252, List<String> notes) {
        TextDecoding.DecodedText decoded = TextDecoding.decode(bytes, allowWindows1252);
        if (decoded.note() != null) {
            notes.add(decoded.note());
        }
        return decoded.text();
    }

    private ImportException tooLarge() {
        return new ImportException("The file is larger than the limit of " + readable(maxBytes)
                + ". Split it into smaller files, or raise --max-upload.");
    }

    private static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
