package app.spindle.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines pasted into the match page, one track each: "Artist - Title" (hyphen, en or em dash), or
 * tab-separated cells copied from a spreadsheet in the order artist, title, album, year, catalog
 * number, label. Blank lines and comments ("#", "//") are skipped; "1. " list numbers are dropped.
 */
public final class PastedLinesReader {

    private PastedLinesReader() {
    }

    public static List<DigitalTrack> read(String text) {
        List<DigitalTrack> tracks = new ArrayList<>();
        // lines() ends lines where the regular expression \r\n|\r|\n would, without a regex match at every character
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "");
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("//")) {
                continue;
            }
            String source = "line " + (i + 1);
            DigitalTrack track = line.contains("\t") ? fromCells(line.split("\t", -1), source) : fromText(stripped, source);
            if (!track.isEmpty()) {
                tracks.add(track);
            }
        }
        return List.copyOf(tracks);
    }

    private static DigitalTrack fromText(String line, String source) {
        ArtistTitle at = ArtistTitle.parse(ArtistTitle.withoutListNumber(line));
        return new DigitalTrack(at.artist(), at.title(), null, null, null, null, null, source);
    }

    private static DigitalTrack fromCells(String[] cells, String source) {
        String artist = cell(cells, 0);
        String title = cell(cells, 1);
        if (title == null && artist != null) {
            ArtistTitle at = ArtistTitle.parse(artist);
            artist = at.artist();
            title = at.title();
        }
        return new DigitalTrack(artist, title, cell(cells, 2), YearText.parse(cell(cells, 3)), cell(cells, 4),
                cell(cells, 5), null, source);
    }

    private static String cell(String[] cells, int index) {
        return index < cells.length ? cells[index].strip() : null;
    }
}
