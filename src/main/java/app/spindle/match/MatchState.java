package app.spindle.match;

/**
 * What matching concluded about a track, for filtering: the user {@code OWNED} the best fit; it was
 * {@code FOUND} (wantlist or Discogs); it is {@code AMBIGUOUS} (not sure enough, or two different records
 * fit about equally); or {@code NONE} fits. Several pressings of one record fitting equally is not
 * ambiguous: the record is known, the pressing is the user's choice.
 */
public enum MatchState {
    OWNED, FOUND, AMBIGUOUS, NONE;

    public static MatchState of(RankedCandidates ranked, MatchPolicy policy) {
        Score best = ranked.best();
        if (best == null || best.confidence() < policy.plausible()) {
            return NONE;
        }
        if (best.confidence() < policy.confident() || differentRecordTies(ranked)) {
            return AMBIGUOUS;
        }
        return best.candidate().owned() ? OWNED : FOUND;
    }

    /** A runner-up within the ranking's ambiguity margin is another record, not just another pressing. */
    private static boolean differentRecordTies(RankedCandidates ranked) {
        if (!ranked.ambiguous()) {
            return false;
        }
        Score best = ranked.best();
        double margin = ScoreWeights.DEFAULT.ambiguityMargin();
        return ranked.scored().stream().skip(1)
                .takeWhile(other -> best.confidence() - other.confidence() < margin)
                .anyMatch(other -> !sameRecord(best.candidate(), other.candidate()));
    }

    static boolean sameRecord(Candidate a, Candidate b) {
        return TextNormalizer.album(a.title()).equals(TextNormalizer.album(b.title()))
                && TextNormalizer.artist(a.artist()).main().equals(TextNormalizer.artist(b.artist()).main());
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
