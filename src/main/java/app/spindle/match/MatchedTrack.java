package app.spindle.match;

import java.util.List;

/** A track of a batch with what matching found: its state and candidates, best first. */
public record MatchedTrack(long id, long batchId, int seq, DigitalTrack track, TrackState state, Double confidence,
                           int requests, Long acceptedReleaseId, String error, List<StoredCandidate> candidates) {

    public MatchedTrack {
        candidates = List.copyOf(candidates);
    }

    /** The candidates not rejected, best first. */
    public List<StoredCandidate> shown() {
        return candidates.stream().filter(c -> !c.rejected()).toList();
    }

    public boolean pending() {
        return state == TrackState.PENDING;
    }
}
