package app.spindle.match;

import app.spindle.discogs.DiscogsException;
import java.util.List;

/**
 * The outcome of matching one track: its ranked candidates (at most {@link MatchPolicy#shown}), the
 * state they amount to, and what it cost: Discogs requests sent (cached answers cost none) and the
 * searches tried. {@code failure} is set when Discogs failed part way: the candidates are those found
 * before, and a bulk run tries the track again later.
 */
public record MatchResult(DigitalTrack track, RankedCandidates ranked, MatchState state, int requests,
                          int searches, DiscogsException failure) {

    public Score best() {
        return ranked.best();
    }

    public List<Score> candidates() {
        return ranked.scored();
    }

    public boolean complete() {
        return failure == null;
    }
}
