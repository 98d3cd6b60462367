package app.spindle.match;

/** A candidate from a Discogs answer, with its master (null when none) for finding the vinyl pressings. */
public record DiscogsHit(Candidate candidate, Long masterId) {
}
