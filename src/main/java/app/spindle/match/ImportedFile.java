package app.spindle.match;

import java.util.List;

/**
 * The tracks read from one upload or paste, complete. {@code playlists} are filled for Rekordbox only;
 * {@code notes} are things the user should know although nothing failed ("read as Windows-1252").
 */
public record ImportedFile(ImportFormat format, List<DigitalTrack> tracks, List<Playlist> playlists, List<String> notes) {

    public ImportedFile {
        tracks = List.copyOf(tracks);
        playlists = List.copyOf(playlists);
        notes = List.copyOf(notes);
    }
}
