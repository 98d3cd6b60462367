package app.spindle.match;

import app.spindle.mirror.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import app.spindle.mirror.query.ReadSide;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Bulk batches in SQLite: created whole in one transaction (nothing half-imported), matched track by
 * track by the worker, each result stored in its own transaction, so a restart continues where the
 * last process stopped.
 */
public final class MatchBatches {
    private final Jdbi jdbi;
    private final ReadSide reads;
    private final Clock clock;

    /** Reads and writes on connections of its own. */
    public MatchBatches(Jdbi jdbi, Clock clock) {
        this(jdbi, ReadSide.ownConnections(jdbi), clock);
    }

    /**
     * Writes on {@code jdbi}; what the match pages show and what the worker picks up next is read on {@code reads},
     * the read side's kept-open connections.
     */
    public MatchBatches(Jdbi jdbi, ReadSide reads, Clock clock) {
        this.jdbi = jdbi;
        this.reads = reads;
        this.clock = clock;
    }

    /** Stores a batch and all its tracks, pending. */
    public long create(String name, ImportedFile file, BatchMode mode) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                            INSERT INTO match_batches (name, format, mode, track_count, notes, created_at)
                            VALUES (:name, :format, :mode, :count, :notes, :now)
                            """)
                    .bind("name", name).bind("format", file.format().word()).bind("mode", mode.word())
                    .bind("count", file.tracks().size())
                    .bind("notes", file.notes().isEmpty() ? null : String.join(" ", file.notes()))
                    .bind("now", now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            PreparedBatch insert = h.prepareBatch("""
                    INSERT INTO match_tracks (batch_id, seq, artist, title, album, year, catno, label, isrc, barcode, source, location)
                    VALUES (:batch, :seq, :artist, :title, :album, :year, :catno, :label, :isrc, :barcode, :source, :location)
                    """);
            int seq = 0;
            for (DigitalTrack t : file.tracks()) {
                insert.bind("batch", id).bind("seq", seq++).bind("artist", t.artist()).bind("title", t.title())
                        .bind("album", t.album()).bind("year", t.year()).bind("catno", t.catno()).bind("label", t.label())
                        .bind("isrc", t.isrc()).bind("barcode", t.barcode()).bind("source", t.source())
                        .bind("location", t.location()).add();
            }
            insert.execute();
            return id;
        });
    }

    public Optional<BatchRow> batch(long id) {
        return reads.with(h -> h.createQuery("SELECT * FROM match_batches WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> batchRow(rs)).findOne());
    }

    public List<BatchRow> recent(int limit) {
        return reads.with(h -> h.createQuery("SELECT * FROM match_batches ORDER BY id DESC LIMIT :limit")
                .bind("limit", limit).map((rs, ctx) -> batchRow(rs)).list());
    }

    public BatchCounts counts(long batchId) {
        return reads.with(h -> h.createQuery("""
                        SELECT count(*) FILTER (WHERE state = 'pending') AS pending,
                               count(*) FILTER (WHERE state = 'owned') AS owned,
                               count(*) FILTER (WHERE state = 'found') AS found,
                               count(*) FILTER (WHERE state = 'ambiguous') AS ambiguous,
                               count(*) FILTER (WHERE state = 'none') AS none,
                               count(*) FILTER (WHERE state = 'failed') AS failed,
                               count(accepted_release_id) AS accepted
                        FROM match_tracks WHERE batch_id = :id
                        """)
                .bind("id", batchId)
                .map((rs, ctx) -> new BatchCounts(rs.getInt("pending"), rs.getInt("owned"), rs.getInt("found"),
                        rs.getInt("ambiguous"), rs.getInt("none"), rs.getInt("failed"), rs.getInt("accepted")))
                .one());
    }

    /** The next track to match: the oldest unfinished batch first, in file order. */
    public Optional<MatchedTrack> nextPending() {
        return nextPending(1).stream().findFirst();
    }

    /** The next tracks to match, all of one batch: the oldest unfinished batch first, in file order. */
    public List<MatchedTrack> nextPending(int limit) {
        return reads.with(h -> h.createQuery("""
                        SELECT t.* FROM match_tracks t
                        WHERE t.state = 'pending' AND t.batch_id = (
                            SELECT min(x.batch_id) FROM match_tracks x JOIN match_batches b ON b.id = x.batch_id
                            WHERE x.state = 'pending' AND b.state IN ('queued', 'running'))
                        ORDER BY t.seq LIMIT :limit
                        """)
                .bind("limit", limit).map((rs, ctx) -> trackRow(rs, List.of())).list());
    }

    /** A page of a batch's tracks with their candidates; {@code state} null for all. */
    public List<MatchedTrack> tracks(long batchId, TrackState state, int offset, int limit) {
        return reads.with(h -> {
            List<MatchedTrack> rows = h.createQuery("SELECT * FROM match_tracks WHERE batch_id = :batch"
                            + (state == null ? "" : " AND state = :state") + " ORDER BY seq LIMIT :limit OFFSET :offset")
                    .bind("batch", batchId).bind("state", state == null ? null : state.word()).bind("limit", limit).bind("offset", offset)
                    .map((rs, ctx) -> trackRow(rs, List.of())).list();
            return withCandidates(h, rows);
        });
    }

    public Optional<MatchedTrack> track(long trackId) {
        return reads.with(h -> h.createQuery("SELECT * FROM match_tracks WHERE id = :id").bind("id", trackId)
                .map((rs, ctx) -> trackRow(rs, List.of())).findOne()
                .map(t -> withCandidates(h, List.of(t)).get(0)));
    }

    /** Stores a match result: the track's state and its candidates replace what was there. */
    public void saveResult(long trackId, MatchResult result) {
        saveResults(Map.of(trackId, result));
    }

    /** Stores several results in one transaction (a bulk run's chunk). */
    public void saveResults(Map<Long, MatchResult> results) {
        jdbi.useTransaction(h -> results.forEach((trackId, result) -> save(h, trackId, result)));
    }

    private void save(Handle h, long trackId, MatchResult result) {
        {
            h.createUpdate("DELETE FROM match_candidates WHERE track_id = :id").bind("id", trackId).execute();
            PreparedBatch insert = h.prepareBatch("""
                    INSERT INTO match_candidates (track_id, rank, release_id, source, confidence, artist, title, year, labels,
                        catnos, formats, country, position, side, explanation, owned, wanted)
                    VALUES (:track, :rank, :releaseId, :source, :confidence, :artist, :title, :year, :labels, :catnos,
                        :formats, :country, :position, :side, :explanation, :owned, :wanted)
                    """);
            List<Score> scored = result.candidates();
            for (int rank = 0; rank < scored.size(); rank++) {
                StoredCandidate candidate = StoredCandidate.of(rank, scored.get(rank));
                insert.bindMethods(candidate).bind("source", candidate.source().word()).bind("track", trackId).add();
            }
            if (!scored.isEmpty()) {
                insert.execute();
            }
            h.createUpdate("""
                            UPDATE match_tracks SET state = :state, confidence = :confidence, requests = requests + :requests,
                                matched_at = :now, error = NULL WHERE id = :id
                            """)
                    .bind("state", result.state().key()).bind("confidence", result.best() == null ? null : result.best().confidence())
                    .bind("requests", result.requests()).bind("now", now()).bind("id", trackId).execute();
            h.createUpdate("""
                            UPDATE match_batches SET requests = requests + :requests, state = 'running',
                                started_at = coalesce(started_at, :now)
                            WHERE id = (SELECT batch_id FROM match_tracks WHERE id = :id) AND state IN ('queued', 'running')
                            """)
                    .bind("requests", result.requests()).bind("now", now()).bind("id", trackId).execute();
        }
    }

    /** Updates the fields of a track before it is searched again. */
    public void editTrack(long trackId, DigitalTrack edited) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE match_tracks SET artist = :artist, title = :title, album = :album, year = :year, catno = :catno
                        WHERE id = :id
                        """)
                .bind("artist", edited.artist()).bind("title", edited.title()).bind("album", edited.album())
                .bind("year", edited.year()).bind("catno", edited.catno()).bind("id", trackId).execute());
    }

    /** Marks batches whose tracks are all matched as done; returns the ids finished now. */
    public List<Long> finishCompleted() {
        return jdbi.inTransaction(h -> {
            List<Long> done = h.createQuery("""
                            SELECT b.id FROM match_batches b WHERE b.state IN ('queued', 'running')
                            AND NOT EXISTS (SELECT 1 FROM match_tracks t WHERE t.batch_id = b.id AND t.state = 'pending')
                            """).mapTo(Long.class).list();
            for (long id : done) {
                h.createUpdate("UPDATE match_batches SET state = 'done', finished_at = :now, started_at = coalesce(started_at, :now) "
                        + "WHERE id = :id").bind("now", now()).bind("id", id).execute();
            }
            return done;
        });
    }

    public void rejectCandidate(long trackId, long releaseId) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE match_candidates SET rejected = 1 WHERE track_id = :track AND release_id = :release")
                .bind("track", trackId).bind("release", releaseId).execute());
    }

    /** Undo of a rejection: the candidate is offered again. */
    public void restoreCandidate(long trackId, long releaseId) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE match_candidates SET rejected = 0 WHERE track_id = :track AND release_id = :release")
                .bind("track", trackId).bind("release", releaseId).execute());
    }

    /** The confident best candidates of a batch that are neither owned nor wanted, nor asked for yet. */
    public List<MatchedTrack> confidentUnowned(long batchId) {
        return reads.with(h -> {
            List<MatchedTrack> rows = h.createQuery("""
                            SELECT t.* FROM match_tracks t WHERE t.batch_id = :batch AND t.state = 'found'
                            AND EXISTS (SELECT 1 FROM match_candidates c WHERE c.track_id = t.id AND c.rejected = 0
                                AND c.owned = 0 AND c.wanted = 0 AND c.want_state IS NULL
                                AND c.rank = (SELECT min(rank) FROM match_candidates x WHERE x.track_id = t.id AND x.rejected = 0))
                            ORDER BY t.seq
                            """)
                    .bind("batch", batchId).map((rs, ctx) -> trackRow(rs, List.of())).list();
            return withCandidates(h, rows);
        });
    }

    /** Asks the worker to add these releases (each the best of its track) to the wantlist. */
    public int requestWants(long batchId, List<Long> trackIds) {
        return jdbi.inTransaction(h -> {
            int marked = 0;
            for (long trackId : trackIds) {
                marked += h.createUpdate("""
                                UPDATE match_candidates SET want_state = 'pending'
                                WHERE track_id = :track AND want_state IS NULL AND owned = 0 AND wanted = 0
                                AND track_id IN (SELECT id FROM match_tracks WHERE batch_id = :batch)
                                AND rank = (SELECT min(rank) FROM match_candidates x WHERE x.track_id = :track AND x.rejected = 0)
                                """)
                        .bind("track", trackId).bind("batch", batchId).execute();
            }
            return marked;
        });
    }

    /** One wantlist addition asked for in bulk and not done yet: track id and release id. */
    public Optional<long[]> nextPendingWant() {
        return reads.with(h -> h.createQuery(
                        "SELECT track_id, release_id FROM match_candidates WHERE want_state = 'pending' LIMIT 1")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).findOne());
    }

    public int pendingWants(long batchId) {
        return reads.with(h -> h.createQuery("""
                        SELECT count(*) FROM match_candidates c JOIN match_tracks t ON t.id = c.track_id
                        WHERE t.batch_id = :batch AND c.want_state = 'pending'
                        """).bind("batch", batchId).mapTo(Integer.class).one());
    }

    /** Records the outcome of a wantlist addition on every candidate of that release. */
    public void wantDone(long releaseId, String error) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE match_candidates SET want_state = :state, want_error = :error,
                            wanted = CASE WHEN :error IS NULL THEN 1 ELSE wanted END
                        WHERE release_id = :release AND (want_state = 'pending' OR :error IS NULL)
                        """)
                .bind("state", (error == null ? WantState.ADDED : WantState.FAILED).word()).bind("error", error).bind("release", releaseId).execute());
    }

    private List<MatchedTrack> withCandidates(Handle h, List<MatchedTrack> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<StoredCandidate>> byTrack = new LinkedHashMap<>();
        h.createQuery("SELECT * FROM match_candidates WHERE track_id IN (<ids>) ORDER BY track_id, rank")
                .bindList("ids", rows.stream().map(MatchedTrack::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong("track_id"), candidateRow(rs)))
                .forEach(e -> byTrack.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(t -> new MatchedTrack(t.id(), t.batchId(), t.seq(), t.track(), t.state(), t.confidence(),
                t.requests(), t.acceptedReleaseId(), t.error(), byTrack.getOrDefault(t.id(), List.of()))).toList();
    }

    private static BatchRow batchRow(ResultSet rs) throws SQLException {
        return new BatchRow(rs.getLong("id"), rs.getString("name"), ImportFormat.ofWord(rs.getString("format")),
                BatchMode.of(rs.getString("mode")).orElse(BatchMode.DISCOGS), BatchState.ofWord(rs.getString("state")), rs.getInt("track_count"), rs.getString("notes"), rs.getString("created_at"),
                rs.getString("started_at"), rs.getString("finished_at"), rs.getInt("requests"), rs.getString("error"));
    }

    private static MatchedTrack trackRow(ResultSet rs, List<StoredCandidate> candidates) throws SQLException {
        DigitalTrack track = new DigitalTrack(rs.getString("artist"), rs.getString("title"), rs.getString("album"),
                (Integer) rs.getObject("year"), rs.getString("catno"), rs.getString("label"), rs.getString("isrc"),
                rs.getString("barcode"), rs.getString("source"), rs.getString("location"));
        long accepted = rs.getLong("accepted_release_id");
        Long acceptedId = rs.wasNull() ? null : accepted;
        double confidence = rs.getDouble("confidence");
        Double conf = rs.wasNull() ? null : confidence;
        return new MatchedTrack(rs.getLong("id"), rs.getLong("batch_id"), rs.getInt("seq"), track, TrackState.ofWord(rs.getString("state")),
                conf, rs.getInt("requests"), acceptedId, rs.getString("error"), candidates);
    }

    private static StoredCandidate candidateRow(ResultSet rs) throws SQLException {
        return new StoredCandidate(rs.getInt("rank"), rs.getLong("release_id"), CandidateSource.ofWord(rs.getString("source")),
                rs.getDouble("confidence"), rs.getString("artist"), rs.getString("title"), (Integer) rs.getObject("year"),
                rs.getString("labels"), rs.getString("catnos"), rs.getString("formats"), rs.getString("country"),
                rs.getString("position"), rs.getString("side"), rs.getString("explanation"), rs.getBoolean("owned"),
                rs.getBoolean("wanted"), rs.getBoolean("rejected"), WantState.ofWord(rs.getString("want_state")), rs.getString("want_error"));
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }
}
