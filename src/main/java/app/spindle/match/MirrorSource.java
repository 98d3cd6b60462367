package app.spindle.match;

import java.util.Collection;
import java.util.List;

/**
 * Where the matcher finds mirrored releases: {@link LiveMirror} asks SQLite for each track (full-text
 * search, key columns), {@link MirrorSnapshot} holds the whole mirror in memory for a bulk run.
 */
public interface MirrorSource {

    /** The releases that might hold the track, looking as far as {@code stage}. */
    List<NormalizedCandidate> find(DigitalTrack track, MirrorLookup.Stage stage);

    /** These releases, where the mirror holds them (a Discogs hit the user has: its tracklist is here). */
    List<NormalizedCandidate> load(Collection<Long> releaseIds);

    /** The master of a release found here, or null. */
    Long masterOf(long releaseId);
}
