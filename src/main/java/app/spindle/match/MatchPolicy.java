package app.spindle.match;

import java.time.Duration;

/**
 * The matcher's knobs, tuned on the labelled set in {@code src/test/resources/match/labelled-set.json}.
 *
 * @param confident          a best candidate at least this sure is taken as the answer: Discogs is not asked further
 * @param plausible          below this nothing is a match ("nothing found")
 * @param interactiveSearches at most this many Discogs searches for one track a person is waiting for (each
 *                            costs a request unless cached; counting searches, not requests, makes a repeated
 *                            match try the same searches, all cached)
 * @param backgroundSearches  at most this many for one track of a bulk batch (the rate budget is shared)
 * @param shown              how many candidates a result keeps
 * @param floor              candidates below this are not kept at all (they share a word, nothing more)
 * @param searchCacheTtl     how long a cached Discogs search answer is reused
 */
public record MatchPolicy(double confident, double plausible, int interactiveSearches, int backgroundSearches,
                          int shown, double floor, Duration searchCacheTtl) {

    public static final MatchPolicy DEFAULT = new MatchPolicy(0.8, 0.55, 4, 3, 5, 0.3, Duration.ofDays(14));
}
