package app.spindle.match;

import java.util.Collection;
import java.util.List;

/** The mirror as it is now, asked per track: full-text search and key columns, then the rows of what they found. */
final class LiveMirror implements MirrorSource {
    private final MirrorLookup lookup;
    private final MirrorReleases releases;

    LiveMirror(MirrorLookup lookup, MirrorReleases releases) {
        this.lookup = lookup;
        this.releases = releases;
    }

    @Override
    public List<NormalizedCandidate> find(DigitalTrack track, MirrorLookup.Stage stage) {
        return releases.load(lookup.releaseIds(track, stage));
    }

    @Override
    public List<NormalizedCandidate> load(Collection<Long> releaseIds) {
        return releases.load(releaseIds);
    }

    @Override
    public Long masterOf(long releaseId) {
        return releases.masterOf(releaseId);
    }
}
