package app.spindle.match;

/**
 * How much each field counts when scoring, and the two thresholds of the model. Catalog number and
 * barcode are near-proof of the release; the track title in the tracklist comes next; artist and
 * album title identify the record but not the pressing; year, label and being vinyl only nudge.
 *
 * @param missingFieldPenalty how much of the confidence is lost when every field the track has is
 *                            missing on the candidate (scaled by the weight missing): missing is
 *                            "unknown", and is punished far less than a mismatch
 * @param ambiguityMargin     the runner-up within this much of the best makes the ranking ambiguous
 * @param yearStep            similarity lost per year of difference
 */
public record ScoreWeights(
        double catalogNumber,
        double barcode,
        double track,
        double artist,
        double album,
        double year,
        double label,
        double vinyl,
        double missingFieldPenalty,
        double ambiguityMargin,
        double yearStep) {

    public static final ScoreWeights DEFAULT = new ScoreWeights(6, 6, 4, 3, 3, 1, 1, 1, 0.3, 0.03, 0.2);
}
