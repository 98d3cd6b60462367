package app.spindle.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV (or semicolon- or tab-separated) file with a header row, such as a playlist export with
 * "Track Name", "Artist Name(s)", "Album Name", "Release Date", "ISRC". The delimiter is detected
 * from the header (or an Excel "sep=;" first line); rows with nothing to search by are skipped.
 */
public final class CsvTrackReader {

    private CsvTrackReader() {
    }

    public static List<DigitalTrack> read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Character delimiter = null;
        if (body.regionMatches(true, 0, "sep=", 0, 4) && body.length() > 4) {
            delimiter = body.charAt(4);
            int newline = body.indexOf('\n');
            // keep the line break, so line numbers still count the sep= line
            body = newline < 0 ? "" : body.substring(newline);
        }
        char sep = delimiter != null ? delimiter : CsvRecords.detectDelimiter(body);
        List<CsvRecords.Row> rows = CsvRecords.parse(body, sep);
        int first = 0;
        while (first < rows.size() && rows.get(first).isBlank()) {
            first++;
        }
        if (first == rows.size()) {
            throw new ImportException("The file is empty: there is no header row and no tracks.");
        }
        CsvRecords.Row header = rows.get(first);
        CsvColumns columns = CsvColumns.of(header.fields());
        if (!columns.usable()) {
            throw ImportException.atLine(header.line(), "no usable column in the header row. Expected columns like "
                    + CsvColumns.expected() + "; found: " + String.join(", ", header.fields()) + ".");
        }
        List<DigitalTrack> tracks = new ArrayList<>();
        for (CsvRecords.Row row : rows.subList(first + 1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            DigitalTrack track = new DigitalTrack(row.field(columns.artist()), row.field(columns.title()),
                    row.field(columns.album()), YearText.parse(row.field(columns.year())), row.field(columns.catno()),
                    row.field(columns.label()), row.field(columns.isrc()), row.field(columns.barcode()),
                    "csv line " + row.line(), FileLocation.of(row.field(columns.file())));
            if (!track.isEmpty()) {
                tracks.add(track);
            }
        }
        return List.copyOf(tracks);
    }

    /** True when the text's first row names at least one usable column: how a .txt upload is told from pasted lines. */
    static boolean looksLikeCsv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char sep = CsvRecords.detectDelimiter(firstLine);
        if (firstLine.indexOf(sep) < 0) {
            return false;
        }
        try {
            List<CsvRecords.Row> rows = CsvRecords.parse(firstLine, sep);
            return !rows.isEmpty() && CsvColumns.of(rows.get(0).fields()).usable();
        } catch (ImportException e) {
            return false;
        }
    }
}
