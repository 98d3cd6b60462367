package app.spindle.dump;

import app.spindle.discogs.model.DiscogsTrack;
import java.util.List;

/** Tracks as the mirror stores them: every entry, sub-tracks included. */
final class TrackCount {
    private TrackCount() {
    }

    static long flattened(List<DiscogsTrack> tracks) {
        return tracks.stream().mapToLong(t -> 1 + flattened(t.subTracks())).sum();
    }
}
