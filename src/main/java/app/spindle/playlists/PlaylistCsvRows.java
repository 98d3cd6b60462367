package app.spindle.playlists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tracks of a playlist as CSV rows, header first, in the columns Spindle's CSV import reads back. */
public final class PlaylistCsvRows {
    static final List<String> HEADER = List.of("Artist", "Title", "Album", "Label", "Catalog Number", "Year", "Side",
            "Position", "Discogs Release", "File");

    private PlaylistCsvRows() {
    }

    public static List<List<String>> of(ExportPlaylist playlist) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (PlaylistTrack t : playlist.tracks()) {
            rows.add(Arrays.asList(t.artist(), t.title(), t.releaseTitle(), t.label(), t.catno(),
                    t.year() == null ? null : String.valueOf(t.year()), t.side(), t.position(), t.releaseId() == 0 ? null : String.valueOf(t.releaseId()),
                    t.file()));
        }
        return rows;
    }
}
