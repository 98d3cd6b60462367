package app.spindle.web.match;

import app.spindle.match.CandidateSource;
import app.spindle.match.Pressing;
import app.spindle.match.PressingComparison;
import app.spindle.match.PressingDetails;
import app.spindle.match.Score;
import app.spindle.match.StoredCandidate;
import app.spindle.match.TrackMatch;
import app.spindle.match.VinylPointer;
import app.spindle.match.WantState;
import app.spindle.web.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A candidate release as the match pages show it: cover (only when cached locally), "Artist – Title",
 * year, label and catalog number, format, where on the record the track is, confidence and why; where
 * several candidates are pressings of one record, what sets this one apart ({@code pressingNote}).
 */
public record CandidateView(long releaseId, CandidateSource source, int confidencePercent, String artistTitle, String year,
                            String labelLine, String formats, String country, String where, String explanation,
                            boolean owned, boolean wanted, String coverUrl, String pageUrl, boolean inMirror,
                            WantState wantState, String wantError, boolean accepted, String pressingNote) {

    static List<CandidateView> ofStored(List<StoredCandidate> candidates, MirrorMarks.Marks marks, Long acceptedId) {
        List<Pressing> pressings = candidates.stream().map(c -> pressing(c.releaseId(), c.artist(),
                c.title(), c.year(), c.country(), c.labels(), c.catnos(), c.formats(), marks)).toList();
        Map<Long, String> notes = PressingComparison.notes(pressings);
        Map<Long, String> vinyl = VinylPointer.directions(pressings);
        return candidates.stream().map(c -> of(c, marks, acceptedId, notes.get(c.releaseId())))
                .map(v -> v.pointingAtVinyl(vinyl.get(v.releaseId()))).toList();
    }

    static List<CandidateView> ofScores(List<Score> scores, MirrorMarks.Marks marks) {
        List<Pressing> pressings = scores.stream().map(Score::candidate).map(c -> pressing(c.releaseId(),
                c.artist(), c.title(), c.year(), c.country(), String.join(", ", c.labels()), String.join(", ", c.catnos()),
                String.join(", ", c.formats().stream().distinct().toList()), marks)).toList();
        Map<Long, String> notes = PressingComparison.notes(pressings);
        Map<Long, String> vinyl = VinylPointer.directions(pressings);
        return scores.stream().map(s -> of(s, marks, notes.get(s.candidate().releaseId())))
                .map(v -> v.pointingAtVinyl(vinyl.get(v.releaseId()))).toList();
    }

    /** This candidate with its "this is a CD" reason pointing at the vinyl pressing above or below it, if any. */
    private CandidateView pointingAtVinyl(String direction) {
        if (direction == null) {
            return this;
        }
        return new CandidateView(releaseId, source, confidencePercent, artistTitle, year, labelLine, formats, country, where,
                VinylPointer.pointed(explanation, direction), owned, wanted, coverUrl, pageUrl, inMirror, wantState, wantError,
                accepted, pressingNote);
    }

    private static Pressing pressing(long id, String artist, String title, Integer year, String country, String labels,
                                     String catnos, String formats, MirrorMarks.Marks marks) {
        PressingDetails.Extras extras = marks.extras(id);
        return new Pressing(id, artist, title, year, country, labels, catnos, formats, extras.matrix(), extras.have(),
                extras.want());
    }

    static CandidateView of(StoredCandidate c, MirrorMarks.Marks marks, Long acceptedId, String pressingNote) {
        return new CandidateView(c.releaseId(), c.source(), percent(c.confidence()), artistTitle(c.artist(), c.title()),
                c.year() == null ? null : String.valueOf(c.year()), labelLine(c.labels(), c.catnos()), blankToNull(c.formats()),
                c.country(), where(c.position(), c.side()), c.explanation(),
                c.owned() || marks.owned().contains(c.releaseId()), c.wanted() || marks.wanted().contains(c.releaseId()),
                marks.cover(c.releaseId()), pageUrl(c.releaseId(), marks), marks.mirrored().contains(c.releaseId()),
                c.wantState(), c.wantError(), acceptedId != null && acceptedId == c.releaseId(), pressingNote);
    }

    static CandidateView of(Score s, MirrorMarks.Marks marks, String pressingNote) {
        var c = s.candidate();
        TrackMatch t = s.track();
        return new CandidateView(c.releaseId(), c.source(), percent(s.confidence()), artistTitle(c.artist(), c.title()),
                c.year() == null ? null : String.valueOf(c.year()),
                labelLine(String.join(", ", c.labels()), String.join(", ", c.catnos())),
                blankToNull(String.join(", ", c.formats().stream().distinct().limit(6).toList())), c.country(),
                t == null ? null : where(t.position(), t.side()), s.explanation(),
                c.owned() || marks.owned().contains(c.releaseId()), c.wanted() || marks.wanted().contains(c.releaseId()),
                marks.cover(c.releaseId()), pageUrl(c.releaseId(), marks), marks.mirrored().contains(c.releaseId()),
                null, null, false, pressingNote);
    }

    /** Where this record stands for you, in the words of the state filters: owned, wanted or on Discogs only. */
    public String sourceLabel() {
        return owned ? StateFilter.OWNED : wanted ? StateFilter.WANTED : StateFilter.ON_DISCOGS_ONLY;
    }

    /** Asked to be added to the wantlist, not sent yet. */
    public boolean wantQueued() {
        return wantState == WantState.PENDING;
    }

    public boolean wantFailed() {
        return wantState == WantState.FAILED;
    }

    public String initial() {
        return artistTitle.isEmpty() ? "?" : artistTitle.substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /** "Side A, A2" for a record, "Disc 1, 1-03" for a CD, the position alone otherwise. */
    static String where(String position, String side) {
        if (position == null || position.isBlank()) {
            return null;
        }
        if (side == null) {
            return "Track " + position;
        }
        return side.equalsIgnoreCase(position) ? "Side " + side : "Side " + side + ", " + position;
    }

    private static String artistTitle(String artist, String title) {
        return (artist == null || artist.isBlank() ? "" : artist + " – ") + (title == null ? "" : title);
    }

    private static String labelLine(String labels, String catnos) {
        List<String> parts = new ArrayList<>();
        if (labels != null && !labels.isBlank()) {
            parts.add(labels);
        }
        if (catnos != null && !catnos.isBlank()) {
            parts.add(catnos);
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    private static String pageUrl(long releaseId, MirrorMarks.Marks marks) {
        return marks.mirrored().contains(releaseId) ? Paths.release(releaseId) : "https://www.discogs.com/release/" + releaseId;
    }

    private static int percent(double confidence) {
        return (int) Math.round(confidence * 100);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
