package app.spindle.match;

import app.spindle.testing.Folders;
import java.nio.file.Path;
import java.time.Clock;

/**
 * How the "confident" threshold trades accuracy, ambiguity and requests on the labelled set: each
 * threshold from an empty search cache. Run with {@code src/bench/run.sh app.spindle.match.MatchThresholdSweep}; prints one line a threshold.
 */
class MatchThresholdSweep {
    public static void main(String[] args) throws Exception {
        Path dir = Folders.temporary("spindle-bench");
        new MatchThresholdSweep().confident_thresholds_are_compared_on_the_labelled_set(dir);
    }

    void confident_thresholds_are_compared_on_the_labelled_set(Path dir) {
        LabelledSet set = LabelledSet.load();
        try (SyncedFake synced = new SyncedFake(dir, set.seed(), set.collectionSize(), set.wantlistSize())) {
            for (double confident : new double[] {0.7, 0.75, 0.8, 0.85, 0.9}) {
                synced.database.jdbi().useHandle(h -> h.execute("DELETE FROM match_search_cache"));
                MatchPolicy d = MatchPolicy.DEFAULT;
                MatchPolicy policy = new MatchPolicy(confident, d.plausible(), d.interactiveSearches(), d.backgroundSearches(),
                        d.shown(), d.floor(), d.searchCacheTtl());
                VinylMatcher matcher = new VinylMatcher(synced.database.jdbi(), Clock.systemUTC(), synced.client, () -> true,
                        policy);
                MatchAccuracyTest.Tally tally = new MatchAccuracyTest.Tally();
                for (LabelledCase c : set.cases()) {
                    long before = synced.fake.requestCount();
                    tally.add(c, matcher.match(c.track(), VinylMatcher.Mode.BACKGROUND), synced.fake.requestCount() - before);
                }
                System.out.printf(java.util.Locale.ROOT, "confident >= %.2f: top-1 %.1f %%, ambiguous %.1f %%, %.2f requests a track%n",
                        confident, 100 * tally.top1(), 100.0 * tally.ambiguousState / tally.cases, tally.requestsPerTrack());
            }
        }
    }
}
