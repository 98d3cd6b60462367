package app.spindle.web.match;

import app.spindle.match.TrackState;
import app.spindle.match.DigitalTrack;
import app.spindle.match.MatchedTrack;
import app.spindle.match.StoredCandidate;
import app.spindle.web.Urls;
import app.spindle.web.actions.UndoButton;
import java.util.List;

/**
 * One digital track of a batch with its best candidates: the fragment htmx swaps after accept, reject,
 * search again or add to wantlist. {@code message} / {@code error} report the action just done.
 */
public record TrackRow(long trackId, int number, DigitalTrack track, TrackState state, List<CandidateView> candidates,
                       Long acceptedReleaseId, Urls urls, String message, String error, UndoButton undo) {

    /** Candidates shown at first when the match is clear, and when it is not; the rest behind "more". */
    static final int FIRST_CLEAR = 1;
    static final int FIRST_UNCLEAR = 3;

    public static final String TARGET_PREFIX = "track-";

    static TrackRow of(MatchedTrack t, MirrorMarks.Marks marks, Urls urls, String message, String error) {
        return of(t, marks, urls, message, error, null);
    }

    /** {@code undo}, after accept, reject or unlink, takes that step back. */
    static TrackRow of(MatchedTrack t, MirrorMarks.Marks marks, Urls urls, String message, String error, UndoButton undo) {
        List<CandidateView> shown = CandidateView.ofStored(t.shown(), marks, t.acceptedReleaseId());
        return new TrackRow(t.id(), t.seq() + 1, t.track(), t.state(), shown, t.acceptedReleaseId(), urls, message, error,
                undo);
    }

    static List<Long> releaseIds(List<MatchedTrack> tracks) {
        return tracks.stream().flatMap(t -> t.candidates().stream()).map(StoredCandidate::releaseId).distinct().toList();
    }

    public String targetId() {
        return TARGET_PREFIX + trackId;
    }

    public String heading() {
        String artist = track.artist() == null ? "" : track.artist() + " – ";
        String title = track.title() != null ? track.title() : track.album() != null ? track.album() : track.catno();
        return artist + (title == null ? "" : title);
    }

    /** Album, year, catalog number and where the line came from, as one muted line. */
    public String details() {
        return String.join(" · ", java.util.stream.Stream.of(track.album(),
                        track.year() == null ? null : String.valueOf(track.year()), track.catno(), track.source())
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    public String stateLabel() {
        return StateFilter.label(state);
    }

    public List<CandidateView> first() {
        return candidates.subList(0, Math.min(candidates.size(), firstCount()));
    }

    public List<CandidateView> more() {
        return candidates.subList(Math.min(candidates.size(), firstCount()), candidates.size());
    }

    private int firstCount() {
        return state == TrackState.OWNED || state == TrackState.FOUND ? FIRST_CLEAR : FIRST_UNCLEAR;
    }

    public String yearText() {
        return track.year() == null ? "" : String.valueOf(track.year());
    }
}
