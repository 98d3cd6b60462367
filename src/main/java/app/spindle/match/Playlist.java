package app.spindle.match;

import java.util.ArrayList;
import java.util.List;

/** A playlist found in an import, with the folders it sits in (outermost first) and its tracks in order. */
public record Playlist(String name, List<String> folders, List<DigitalTrack> tracks) {

    public Playlist {
        folders = List.copyOf(folders);
        tracks = List.copyOf(tracks);
    }

    /** "Folder / Subfolder / Name", for a picker. */
    public String path() {
        List<String> parts = new ArrayList<>(folders);
        parts.add(name);
        return String.join(" / ", parts);
    }
}
