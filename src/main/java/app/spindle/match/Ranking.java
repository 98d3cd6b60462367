package app.spindle.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores every candidate for a track and orders them. The same release offered twice (from the mirror
 * and from a Discogs search) is kept once, the better scored, the mirror's on a tie. Equal confidence
 * is ordered by owned, then wanted, then mirror before discogs, then release id, so results are stable.
 */
public final class Ranking {

    private static final Comparator<Score> ORDER = Comparator
            .comparingDouble(Score::confidence).reversed()
            .thenComparing(s -> !s.candidate().owned())
            .thenComparing(s -> !s.candidate().wanted())
            .thenComparing(s -> s.candidate().source() != CandidateSource.MIRROR)
            .thenComparingLong(s -> s.candidate().releaseId());

    private final Scorer scorer;

    public Ranking(Scorer scorer) {
        this.scorer = scorer;
    }

    public RankedCandidates rank(DigitalTrack track, List<Candidate> candidates) {
        return rankNormalized(NormalizedTrack.of(track), candidates.stream().map(NormalizedCandidate::of).toList());
    }

    /** For bulk matching: normalise each candidate once, then rank many tracks against it. */
    public RankedCandidates rankNormalized(NormalizedTrack track, List<NormalizedCandidate> candidates) {
        Map<Long, Score> byRelease = new LinkedHashMap<>();
        for (NormalizedCandidate candidate : candidates) {
            Score score = scorer.score(track, candidate);
            byRelease.merge(candidate.candidate().releaseId(), score, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
        }
        List<Score> scored = new ArrayList<>(byRelease.values());
        scored.sort(ORDER);
        if (scored.isEmpty()) {
            return new RankedCandidates(List.of(), null, false);
        }
        boolean ambiguous = scored.size() > 1
                && scored.get(0).confidence() - scored.get(1).confidence() < scorer.weights().ambiguityMargin();
        return new RankedCandidates(scored, scored.get(0), ambiguous);
    }
}
