package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matcher against the labelled set: a FakeDiscogs account synced into a mirror, every case matched
 * as a bulk batch would (mirror, then Discogs in the background lane). Prints top-1 / top-3 accuracy,
 * the share flagged ambiguous and the requests per track; a second pass must be free (the cache).
 * Run with -Dmatch.misses to see every case whose release did not come first.
 */
class MatchAccuracyTest {

    @Test
    void the_labelled_set_is_matched_accurately_within_the_request_budget(@TempDir Path dir) {
        LabelledSet set = LabelledSet.load();
        try (SyncedFake synced = new SyncedFake(dir, set.seed(), set.collectionSize(), set.wantlistSize())) {
            VinylMatcher matcher = new VinylMatcher(synced.database.jdbi(), Clock.systemUTC(), synced.client, () -> true,
                    MatchPolicy.DEFAULT);
            Tally tally = new Tally();
            for (LabelledCase c : set.cases()) {
                long before = synced.fake.requestCount();
                MatchResult result = matcher.match(c.track(), VinylMatcher.Mode.BACKGROUND);
                tally.add(c, result, synced.fake.requestCount() - before);
            }
            long before = synced.fake.requestCount();
            for (LabelledCase c : set.cases()) {
                matcher.match(c.track(), VinylMatcher.Mode.BACKGROUND);
            }
            long secondPass = synced.fake.requestCount() - before;
            if (secondPass > 0) {
                synced.fake.requests().stream().skip(synced.fake.requests().size() - secondPass)
                        .forEach(r -> System.out.println("second pass asked " + r.path() + "?" + r.query()));
            }

            // the way a bulk batch matches: against a snapshot of the mirror (Discogs answers are cached by now)
            MirrorSource snapshot = matcher.snapshot();
            Tally bulk = new Tally();
            for (LabelledCase c : set.cases()) {
                bulk.add(c, matcher.match(c.track(), VinylMatcher.Mode.BACKGROUND, snapshot), 0);
            }

            System.out.println(tally.report(secondPass));
            System.out.printf("  against the in-memory snapshot of the mirror (bulk runs): top-1 right record %.1f %%%n",
                    100 * bulk.top1());
            if (System.getProperty("match.misses") != null) {
                tally.misses.forEach(System.out::println);
            }
            assertTrue(set.cases().size() >= 200, "at least 200 labelled cases");
            assertTrue(tally.top1() >= 0.95, "top-1 " + tally.top1());
            assertTrue(bulk.top1() >= 0.95, "top-1 against the snapshot " + bulk.top1());
            assertEquals(0, tally.mirrorRequests, "tracks already in the mirror cost no request");
            assertTrue(tally.requestsPerTrack() <= 1.5, "requests per track " + tally.requestsPerTrack());
            assertEquals(0, secondPass, "a repeated match is answered from the cache");
        }
    }

    /** The counts behind the printed numbers. */
    static final class Tally {
        int labelled;
        int top1;
        int top1Strict;
        int top3;
        int top3Strict;
        int ambiguousState;
        int ambiguousRanking;
        int nowhere;
        int nowhereRight;
        int positionsKnown;
        int positionsRight;
        int cases;
        long requests;
        long mirrorCases;
        long mirrorRequests;
        long discogsCases;
        long discogsRequests;
        final List<String> misses = new ArrayList<>();

        void add(LabelledCase c, MatchResult r, long spent) {
            cases++;
            requests += spent;
            if (c.inMirror()) {
                mirrorCases++;
                mirrorRequests += spent;
            } else {
                discogsCases++;
                discogsRequests += spent;
            }
            if (c.inMirror() && spent > 0) {
                misses.add("MIRROR CASE ASKED DISCOGS case " + c.id() + " " + c.noise() + " " + c.track() + " meant "
                        + c.expected() + ", state " + r.state() + "\n" + ScorerTableTest.describe(r.ranked()));
            }
            ambiguousState += r.state() == MatchState.AMBIGUOUS ? 1 : 0;
            ambiguousRanking += r.ranked().ambiguous() ? 1 : 0;
            if (c.expected() == null) {
                nowhere++;
                boolean right = r.state() == MatchState.NONE || r.state() == MatchState.AMBIGUOUS;
                nowhereRight += right ? 1 : 0;
                if (!right) {
                    misses.add("FALSE MATCH case " + c.id() + " " + c.track() + "\n" + ScorerTableTest.describe(r.ranked()));
                }
                return;
            }
            labelled++;
            List<Score> scored = r.candidates();
            boolean first = !scored.isEmpty() && c.rightRecord(scored.get(0).candidate().releaseId());
            top1 += first ? 1 : 0;
            top1Strict += !scored.isEmpty() && scored.get(0).candidate().releaseId() == c.expected() ? 1 : 0;
            top3 += scored.stream().limit(3).anyMatch(s -> c.rightRecord(s.candidate().releaseId())) ? 1 : 0;
            top3Strict += scored.stream().limit(3).anyMatch(s -> s.candidate().releaseId() == c.expected()) ? 1 : 0;
            if (first && scored.get(0).candidate().releaseId() == c.expected() && scored.get(0).track() != null) {
                positionsKnown++;
                positionsRight += c.position().equals(scored.get(0).track().position()) ? 1 : 0;
            }
            if (!first) {
                misses.add("MISS case " + c.id() + " " + c.noise() + " " + c.track() + " meant " + c.expected() + " "
                        + c.equivalents() + ", state " + r.state() + ", " + spent + " requests\n"
                        + ScorerTableTest.describe(r.ranked()));
            }
        }

        double top1() {
            return (double) top1 / labelled;
        }

        double requestsPerTrack() {
            return (double) requests / cases;
        }

        String report(long secondPass) {
            return String.format(java.util.Locale.ROOT, """
                    labelled set: %d cases (%d with a release, %d on none; %d in the mirror, %d only on Discogs)
                      top-1 right record %.1f %%  (exact pressing %.1f %%)
                      top-3 right record %.1f %%  (exact pressing %.1f %%)
                      tracks on no release left unmatched: %d of %d
                      flagged ambiguous: %.1f %% (ranking runner-up within 0.03: %.1f %%)
                      position on the record right: %d of %d where shown
                      Discogs requests per track: %.2f overall, %.2f for tracks in the mirror (%d), %.2f for the rest (%d)
                      second pass of every case: %d requests""",
                    cases, labelled, nowhere, mirrorCases, discogsCases,
                    100.0 * top1 / labelled, 100.0 * top1Strict / labelled,
                    100.0 * top3 / labelled, 100.0 * top3Strict / labelled,
                    nowhereRight, nowhere,
                    100.0 * ambiguousState / cases, 100.0 * ambiguousRanking / cases,
                    positionsRight, positionsKnown,
                    requestsPerTrack(), (double) mirrorRequests / Math.max(1, mirrorCases), mirrorRequests,
                    (double) discogsRequests / Math.max(1, discogsCases), discogsRequests, secondPass);
        }
    }
}
