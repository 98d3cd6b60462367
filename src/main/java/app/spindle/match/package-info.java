/**
 * Matching digital tracks to vinyl releases, the pure part: no HTTP, no database.
 *
 * <pre>
 * form / pasted text / upload ──TrackImport──▶ List&lt;DigitalTrack&gt;
 *                                                   │
 *           SearchPlan.queries(track) ──▶ Discogs search parameter maps (run by the caller)
 *           candidate sources (mirror, Discogs) ──▶ List&lt;Candidate&gt;
 *                                                   │
 *           Ranking.rank(track, candidates) ──▶ RankedCandidates(scored, best, ambiguous)
 *                                               each Score: confidence, ScoreParts, TrackMatch
 * </pre>
 *
 * Bulk matching normalises each candidate once ({@link app.spindle.match.NormalizedCandidate#of}) and
 * calls {@link app.spindle.match.Ranking#rankNormalized}. Catalog numbers are looked up by
 * {@link app.spindle.match.CatalogNumber#looseKey}, barcodes by {@link app.spindle.match.Barcode#key}.
 */
package app.spindle.match;
