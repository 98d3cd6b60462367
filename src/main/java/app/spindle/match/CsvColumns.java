package app.spindle.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which header column holds which field, found case-insensitively among common names. Each field's
 * names are in order of preference, so a playlist export's "Artist Name(s)" wins over its
 * "Album Artist Name(s)", and "Album Release Date" is used only when there is no "Release Date".
 */
record CsvColumns(int artist, int title, int album, int year, int catno, int label, int isrc, int barcode, int file) {

    private static final Map<String, List<String>> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("artist", List.of("artist", "artist name", "artists", "track artist", "performer", "band",
                "creator", "album artist", "album artist name"));
        NAMES.put("title", List.of("title", "track name", "track title", "track", "song", "song name", "song title",
                "name"));
        NAMES.put("album", List.of("album", "album name", "album title", "release", "release title", "record"));
        NAMES.put("year", List.of("year", "release year", "release date", "album release date", "original release date",
                "released", "date"));
        NAMES.put("catno", List.of("catno", "cat no", "catalog number", "catalogue number", "catalog no",
                "catalogue no", "catalog", "catalogue", "cat number", "cat", "catalog id"));
        NAMES.put("label", List.of("label", "record label", "labels", "publisher"));
        NAMES.put("isrc", List.of("isrc"));
        NAMES.put("barcode", List.of("barcode", "upc", "ean", "upc ean", "gtin"));
        NAMES.put("file", List.of("file", "location", "path", "file path", "filename", "file name"));
    }

    static CsvColumns of(List<String> header) {
        List<String> names = new ArrayList<>();
        for (String h : header) {
            names.add(normalize(h));
        }
        return new CsvColumns(find(names, "artist"), find(names, "title"), find(names, "album"), find(names, "year"),
                find(names, "catno"), find(names, "label"), find(names, "isrc"), find(names, "barcode"),
                find(names, "file"));
    }

    /** At least one column to search by. */
    boolean usable() {
        return artist >= 0 || title >= 0 || album >= 0 || catno >= 0 || barcode >= 0;
    }

    static String expected() {
        return "Artist, Title (or Track Name), Album, Year, Catalog Number, Label, Barcode";
    }

    private static int find(List<String> header, String field) {
        for (String name : NAMES.get(field)) {
            int index = header.indexOf(name);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    // "Artist Name(s)" → "artist name", "Cat. No." → "cat no", "Catalog #" → "catalog"
    private static String normalize(String header) {
        String s = header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replace("(s)", "");
        return s.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
