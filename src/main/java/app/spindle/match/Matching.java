package app.spindle.match;

import app.spindle.discogs.DiscogsClient;
import app.spindle.mirror.query.MirrorReads;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Jdbi;

/** The matching feature's parts over one database, built once: the matcher, batches, links and the worker. */
public record Matching(VinylMatcher matcher, MatchBatches batches, TrackLinks links, MatchWorker worker, BatchTiming timing) {

    /**
     * @param reads         kept-open read connections, for what pages read
     * @param discogs       Discogs for candidates not in the mirror
     * @param connected     whether an account is connected (search needs one)
     * @param addWantInBulk adds a release to the wantlist on Discogs, then the mirror, in the background lane
     */
    public static Matching over(Jdbi jdbi, MirrorReads reads, Clock clock, DiscogsClient discogs, BooleanSupplier connected,
                                LongConsumer addWantInBulk) {
        VinylMatcher matcher = new VinylMatcher(jdbi, reads, clock, discogs, connected, MatchPolicy.DEFAULT);
        MatchBatches batches = new MatchBatches(jdbi, reads, clock);
        BatchTiming timing = new BatchTiming();
        MatchWorker worker = new MatchWorker(batches, matcher, addWantInBulk, timing, Duration.ofSeconds(30));
        return new Matching(matcher, batches, new TrackLinks(jdbi, reads, clock), worker, timing);
    }
}
