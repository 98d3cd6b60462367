package app.spindle.playlists;

import java.util.List;

/** A named list of tracks to export: a shelf, a folder, the wantlist or a match batch's results. */
public record ExportPlaylist(String name, List<PlaylistTrack> tracks) {

    public ExportPlaylist {
        tracks = List.copyOf(tracks);
    }
}
