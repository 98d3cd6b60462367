package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matcher's exam on real records only ({@code real-labelled-set.json}, see its .md): a fake whose
 * catalogue is the real releases, the owned ones synced into a mirror by the real sync, every case matched
 * as a bulk batch would. Prints both halves; the targets hold on each. Run with -Dmatch.misses to see the
 * tune half's misses (the report half's are not printed: it is never tuned on).
 */
class RealRecordExamTest {

    @Test
    void real_records_with_wild_tags_are_matched_to_the_right_record_and_absent_tracks_are_not_claimed(@TempDir Path dir) {
        RealLabelledSet set = RealLabelledSet.load();
        RealRecords records = RealRecords.load();
        try (SyncedFake synced = new SyncedFake(dir, FakeDiscogs.builder().collectionSize(0).wantlistSize(0)
                .realCatalogue(records.dumpDocuments(set.withheld()), set.owned(), set.wanted()))) {
            VinylMatcher matcher = new VinylMatcher(synced.database.jdbi(), Clock.systemUTC(), synced.client, () -> true,
                    MatchPolicy.DEFAULT);
            Exam tune = new Exam(RealCase.TUNE);
            Exam report = new Exam(RealCase.REPORT);
            for (RealCase c : set.cases()) {
                long before = synced.fake.requestCount();
                MatchResult result = matcher.match(c.track(), VinylMatcher.Mode.BACKGROUND);
                (c.half().equals(RealCase.TUNE) ? tune : report).add(c, result, synced.fake.requestCount() - before);
            }
            System.out.println(tune.report());
            System.out.println(report.report());
            if (System.getProperty("match.misses") != null) {
                tune.misses.forEach(System.out::println);
            }
            for (Exam exam : List.of(tune, report)) {
                assertTrue(exam.rightRecord() >= 0.95, exam.half + " half: top-1 right record " + exam.rightRecord());
                assertTrue(exam.confidentButWrong() <= 0.02, exam.half + " half: confident but wrong " + exam.confidentButWrong());
                assertTrue(exam.requestsPerTrack() <= 3, exam.half + " half: requests per track " + exam.requestsPerTrack());
            }
        }
    }

    /** The counts of one half. */
    static final class Exam {
        final String half;
        int cases;
        int present;
        int right;
        int exact;
        int confidentWrong;
        int absent;
        int absentConfident;
        long requests;
        final List<String> misses = new ArrayList<>();

        Exam(String half) {
            this.half = half;
        }

        void add(RealCase c, MatchResult r, long spent) {
            cases++;
            requests += spent;
            boolean confident = r.state() == MatchState.OWNED || r.state() == MatchState.FOUND;
            List<Score> scored = r.candidates();
            Long top = scored.isEmpty() ? null : scored.get(0).candidate().releaseId();
            if (c.absent()) {
                absent++;
                absentConfident += confident ? 1 : 0;
                if (confident) {
                    misses.add("FALSE MATCH case " + c.id() + " " + c.noise() + " " + c.track() + "\n"
                            + ScorerTableTest.describe(r.ranked()));
                }
                return;
            }
            present++;
            boolean first = top != null && c.rightRecord(top);
            right += first ? 1 : 0;
            exact += top != null && top.equals(c.expected()) ? 1 : 0;
            confidentWrong += confident && !first ? 1 : 0;
            if (!first) {
                misses.add((confident ? "CONFIDENT MISS" : "MISS") + " case " + c.id() + " " + c.kind() + " " + c.noise()
                        + " " + c.track() + " meant " + c.expected() + " " + c.equivalents() + ", state " + r.state()
                        + ", " + spent + " requests\n" + ScorerTableTest.describe(r.ranked()));
            }
        }

        double rightRecord() {
            return (double) right / present;
        }

        /** Confident answers that name the wrong record, or any record for a track on none, over all cases. */
        double confidentButWrong() {
            return (double) (confidentWrong + absentConfident) / cases;
        }

        double requestsPerTrack() {
            return (double) requests / cases;
        }

        String report() {
            return String.format(Locale.ROOT, """
                    real-record exam, %s half: %d cases (%d on a record, %d on none)
                      top-1 right record %.1f %%  (exact pressing %.1f %%)
                      confident but wrong: %.1f %% of all cases (%d on a record, %d of %d absent tracks = %.1f %% false-confident)
                      Discogs requests per track: %.2f""",
                    half, cases, present, absent, 100.0 * right / present, 100.0 * exact / present,
                    100 * confidentButWrong(), confidentWrong, absentConfident, absent, 100.0 * absentConfident / Math.max(1, absent),
                    requestsPerTrack());
        }
    }
}
