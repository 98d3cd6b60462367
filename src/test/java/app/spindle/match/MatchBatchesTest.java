package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.RealReleases;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.ReleaseWriter;
import app.spindle.mirror.query.MirrorReads;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk batches on a real SQLite file with the real releases mirrored; the worker matches against the mirror. */
class MatchBatchesTest {
    private static final String PASTED = """
            Rick Astley - Never Gonna Give You Up
            The Fall - Industrial Estate (2004 Remaster)
            Nobody Anyone - A Song That Is Nowhere
            """;

    @TempDir
    Path dir;

    private Database mirrorWithRealReleases() {
        Database db = Database.open(dir);
        RealReleases.writeAll(db);
        return db;
    }

    private static ImportedFile pasted() {
        return new TrackImport(1_000_000).readPasted(PASTED);
    }

    private static MatchWorker worker(Database db, MatchBatches batches, List<Long> wanted) {
        VinylMatcher matcher = new VinylMatcher(db.jdbi(), Clock.systemUTC(), null, () -> false, MatchPolicy.DEFAULT);
        return new MatchWorker(batches, matcher, wanted::add, new BatchTiming(), Duration.ofMillis(100));
    }

    @Test
    void a_pasted_batch_is_stored_whole_and_matched_by_the_worker() throws InterruptedException {
        Database db = mirrorWithRealReleases();
        db.jdbi().useHandle(h -> h.execute("INSERT INTO collection_items (instance_id, release_id, folder_id) VALUES (1, 249504, 1)"));
        MatchBatches batches = new MatchBatches(db.jdbi(), Clock.systemUTC());
        long id = batches.create("Pasted lines", pasted(), BatchMode.MIRROR);
        assertEquals(new BatchCounts(3, 0, 0, 0, 0, 0, 0), batches.counts(id));

        try (MatchWorker worker = worker(db, batches, new CopyOnWriteArrayList<>())) {
            worker.start();
            assertTrue(worker.awaitIdle(30, TimeUnit.SECONDS));
        }

        List<MatchedTrack> tracks = batches.tracks(id, null, 0, 10);
        assertEquals(TrackState.OWNED, tracks.get(0).state());
        assertEquals(249504L, tracks.get(0).candidates().get(0).releaseId());
        assertEquals("A", tracks.get(0).candidates().get(0).side(), "where on the record");
        assertEquals(603365L, tracks.get(1).candidates().get(0).releaseId(), "the remaster suffix does not matter");
        assertEquals(TrackState.FOUND, tracks.get(1).state(), "in the mirror, neither owned nor wanted");
        assertEquals(TrackState.NONE, tracks.get(2).state());
        assertEquals(BatchState.DONE, batches.batch(id).orElseThrow().state());
        assertEquals(0, batches.batch(id).orElseThrow().requests());
    }

    @Test
    void an_unfinished_batch_is_continued_after_a_restart() throws InterruptedException {
        long id;
        MatchResult first;
        {
            Database db = mirrorWithRealReleases();
            MatchBatches batches = new MatchBatches(db.jdbi(), Clock.systemUTC());
            id = batches.create("Pasted lines", pasted(), BatchMode.MIRROR);
            // the process matched one track, then died
            MatchedTrack track = batches.nextPending().orElseThrow();
            first = new VinylMatcher(db.jdbi(), Clock.systemUTC(), null, () -> false, MatchPolicy.DEFAULT)
                    .match(track.track(), VinylMatcher.Mode.MIRROR_ONLY);
            batches.saveResult(track.id(), first);
            assertEquals(BatchState.RUNNING, batches.batch(id).orElseThrow().state());
        }
        Database reopened = Database.open(dir);
        MatchBatches batches = new MatchBatches(reopened.jdbi(), Clock.systemUTC());
        assertEquals(2, batches.counts(id).pending());
        try (MatchWorker worker = worker(reopened, batches, new CopyOnWriteArrayList<>())) {
            worker.start();
            assertTrue(worker.awaitIdle(30, TimeUnit.SECONDS));
        }
        assertEquals(0, batches.counts(id).pending());
        assertEquals(BatchState.DONE, batches.batch(id).orElseThrow().state());
        assertEquals(first.best().candidate().releaseId(), batches.tracks(id, null, 0, 1).get(0).candidates().get(0).releaseId());
    }

    @Test
    void an_accepted_link_survives_the_release_being_written_again_by_a_sync() throws InterruptedException {
        Database db = mirrorWithRealReleases();
        MatchBatches batches = new MatchBatches(db.jdbi(), Clock.systemUTC());
        try (MirrorReads reads = new MirrorReads(db.jdbi())) {
            TrackLinks links = new TrackLinks(db.jdbi(), reads, Clock.systemUTC());
            long id = batches.create("Pasted lines", pasted(), BatchMode.MIRROR);
            try (MatchWorker worker = worker(db, batches, new CopyOnWriteArrayList<>())) {
                worker.start();
                assertTrue(worker.awaitIdle(30, TimeUnit.SECONDS));
            }
            MatchedTrack rick = batches.tracks(id, null, 0, 1).get(0);
            assertTrue(links.accept(rick.id(), 249504L));
            assertTrue(!links.accept(rick.id(), 1L), "only a candidate can be accepted");

            String json = RealReleases.json(249504L);
            new ReleaseWriter(db.jdbi(), Clock.systemUTC()).writeDetails(new DiscogsModels().release(json), json);
            db.jdbi().useHandle(h -> h.execute("DELETE FROM tracks WHERE release_id = 249504"));

            List<LinkedTrack> linked = links.forRelease(249504L);
            assertEquals(1, linked.size());
            assertEquals("Never Gonna Give You Up", linked.get(0).title());
            assertEquals("A", linked.get(0).position());
            assertEquals(249504L, batches.track(rick.id()).orElseThrow().acceptedReleaseId());
        }
    }

    @Test
    void wantlist_additions_asked_for_in_bulk_are_made_by_the_worker_once() throws InterruptedException {
        Database db = mirrorWithRealReleases();
        MatchBatches batches = new MatchBatches(db.jdbi(), Clock.systemUTC());
        long id = batches.create("Pasted lines", pasted(), BatchMode.MIRROR);
        List<Long> wanted = new CopyOnWriteArrayList<>();
        try (MatchWorker worker = worker(db, batches, wanted)) {
            worker.start();
            assertTrue(worker.awaitIdle(30, TimeUnit.SECONDS));
            List<MatchedTrack> confident = batches.confidentUnowned(id);
            assertEquals(2, confident.size(), "Rick Astley and The Fall, not the track on no record");
            assertEquals(2, batches.requestWants(id, confident.stream().map(MatchedTrack::id).toList()));
            worker.wake();
            assertTrue(worker.awaitIdle(30, TimeUnit.SECONDS));
        }
        assertEquals(List.of(249504L, 603365L), wanted.stream().sorted().toList());
        assertEquals(0, batches.confidentUnowned(id).size(), "asked for once");
        assertEquals(WantState.ADDED, batches.tracks(id, null, 0, 1).get(0).candidates().get(0).wantState());
    }
}
