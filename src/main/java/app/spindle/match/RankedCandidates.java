package app.spindle.match;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Candidates in order, best first. {@code best} is null when there were none; {@code ambiguous}
 * says the runner-up came within {@link ScoreWeights#ambiguityMargin} of the best, so the user should
 * choose (two pressings with the same tracklist tie like that).
 */
public record RankedCandidates(List<Score> scored, Score best, boolean ambiguous) {

    public RankedCandidates {
        scored = List.copyOf(scored);
    }

    public Optional<Score> runnerUp() {
        return scored.size() > 1 ? Optional.of(scored.get(1)) : Optional.empty();
    }

    /**
     * The part that put the best candidate first: the one whose contribution beats the runner-up's
     * by most, or, alone, the one that contributes most. Empty when there is no best.
     */
    public Optional<ScorePart> decidingPart() {
        if (best == null || best.parts().isEmpty()) {
            return Optional.empty();
        }
        Score runner = runnerUp().orElse(null);
        Comparator<ScorePart> byLead = Comparator.comparingDouble(
                p -> best.contribution(p.name()) - (runner == null ? 0 : runner.contribution(p.name())));
        return best.parts().stream().max(byLead);
    }
}
