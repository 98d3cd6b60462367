/**
 * Matching digital tracks to vinyl releases.
 *
 * <pre>
 * form / pasted text / upload ──TrackImport──▶ List&lt;DigitalTrack&gt;
 *                                                   │
 * VinylMatcher.match(track, mode)                   ▼
 *   1. the mirror: MirrorSource (LiveMirror: key columns + FTS per track; MirrorSnapshot: all in memory,
 *      for bulk runs), in stages PRECISE → WIDER → BROAD, stopping when confident
 *   2. Discogs (unless MIRROR_ONLY): SearchPlan's searches via DiscogsCandidates, each answered from
 *      SearchCache (SQLite, TTL) or with one request in the mode's lane; stops when a vinyl candidate is
 *      confident; a record found only in another format is expanded to its master's vinyl pressings
 *   3. Ranking.rank → RankedCandidates; MatchState (owned | found | ambiguous | none) by MatchPolicy
 *                                                   │
 * bulk: MatchBatches (batches, tracks, candidates in SQLite) ◀── MatchWorker (one thread, resumable)
 * accepted links: TrackLinks (release ids only; never touched by a sync)
 * </pre>
 *
 * Bulk matching normalises each candidate once ({@link app.spindle.match.NormalizedCandidate#of}) and
 * calls {@link app.spindle.match.Ranking#rankNormalized}. Catalog numbers are looked up by
 * {@link app.spindle.match.CatalogNumber#looseKey}, barcodes by {@link app.spindle.match.Barcode#key}.
 * The thresholds in {@link app.spindle.match.MatchPolicy} are tuned on the labelled set in
 * {@code src/test/resources/match/labelled-set.json} ({@code MatchAccuracyTest} prints the numbers).
 */
package app.spindle.match;
