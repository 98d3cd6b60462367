package app.spindle.match;

import java.util.List;

/** What a Rekordbox collection XML holds: every track of the collection, and the playlists over them. */
public record RekordboxLibrary(List<DigitalTrack> tracks, List<Playlist> playlists) {

    public RekordboxLibrary {
        tracks = List.copyOf(tracks);
        playlists = List.copyOf(playlists);
    }
}
