package app.spindle.match;

import java.util.Locale;

/**
 * How much one paste or upload may hold: 10,000 tracks (a bigger set is split into batches) and 1,000
 * characters a field (no real title, artist or album comes close). A pasted 200,000-line list or a 19 MB
 * "title" would otherwise be stored whole and make pages of tens of megabytes.
 */
public final class ImportCaps {
    public static final int MAX_TRACKS = 10_000;
    public static final int MAX_FIELD_CHARS = 1_000;

    private ImportCaps() {
    }

    /** Refuses the whole file, with a message that says which track and what to do, when a cap is passed. */
    static void check(ImportedFile file) {
        if (file.tracks().size() > MAX_TRACKS) {
            throw new ImportException(String.format(Locale.ROOT,
                    "That is %,d tracks; Spindle matches at most %,d at a time. Split the list into smaller parts.",
                    file.tracks().size(), MAX_TRACKS));
        }
        for (int i = 0; i < file.tracks().size(); i++) {
            DigitalTrack t = file.tracks().get(i);
            String[][] fields = {{"artist", t.artist()}, {"title", t.title()}, {"album", t.album()}, {"catalog number", t.catno()},
                    {"label", t.label()}, {"ISRC", t.isrc()}, {"barcode", t.barcode()}, {"source", t.source()}};
            for (String[] field : fields) {
                if (field[1] != null && field[1].length() > MAX_FIELD_CHARS) {
                    throw new ImportException(String.format(Locale.ROOT,
                            "Track %,d has a %s of %,d characters; Spindle reads at most %,d a field. Check the file.",
                            i + 1, field[0], field[1].length(), MAX_FIELD_CHARS));
                }
            }
        }
    }
}
