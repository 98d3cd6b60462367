package app.spindle.match;

/**
 * A candidate as kept with a matched track: enough to show it and act on it without asking Discogs
 * again. Lists (labels, catalog numbers, formats) are joined for display; {@code wantState} is null
 * until a wantlist addition is asked for.
 */
public record StoredCandidate(int rank, long releaseId, CandidateSource source, double confidence, String artist, String title,
                              Integer year, String labels, String catnos, String formats, String country, String position,
                              String side, String explanation, boolean owned, boolean wanted, boolean rejected,
                              WantState wantState, String wantError) {

    static StoredCandidate of(int rank, Score score) {
        Candidate c = score.candidate();
        TrackMatch t = score.track();
        return new StoredCandidate(rank, c.releaseId(), c.source(), score.confidence(), c.artist(), c.title(), c.year(),
                String.join(", ", c.labels()), String.join(", ", c.catnos()), formats(c), c.country(),
                t == null ? null : t.position(), t == null ? null : t.side(), score.explanation(), c.owned(), c.wanted(),
                false, null, null);
    }

    /** "Vinyl, LP, Album", without repeats (a box lists "Vinyl" once per record kind). */
    private static String formats(Candidate c) {
        return String.join(", ", c.formats().stream().distinct().limit(6).toList());
    }
}
