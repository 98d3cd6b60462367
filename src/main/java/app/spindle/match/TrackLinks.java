package app.spindle.match;

import app.spindle.mirror.Timestamps;
import app.spindle.mirror.query.MirrorReads;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The links the user accepted between digital tracks and releases. They name release ids only, never
 * rows a sync rewrites or removes, so they outlive every sync (and a release leaving the collection).
 */
public final class TrackLinks {
    private final Jdbi jdbi;
    private final MirrorReads reads;
    private final Clock clock;

    /** @param reads the kept-open connections the release page reads its links through */
    public TrackLinks(Jdbi jdbi, MirrorReads reads, Clock clock) {
        this.jdbi = jdbi;
        this.reads = reads;
        this.clock = clock;
    }

    /**
     * Accepts a candidate of a batch track: the track remembers it and a link is stored with the
     * candidate's position. Accepting another candidate later replaces the track's link.
     *
     * @return false when the release is not a candidate of that track
     */
    public boolean accept(long trackId, long releaseId) {
        return jdbi.inTransaction(h -> {
            var candidate = h.createQuery("""
                            SELECT t.artist, t.title, t.album, t.source, t.location, b.name, c.position, c.side, c.confidence,
                                   t.accepted_release_id
                            FROM match_candidates c JOIN match_tracks t ON t.id = c.track_id
                            JOIN match_batches b ON b.id = t.batch_id
                            WHERE c.track_id = :track AND c.release_id = :release
                            """)
                    .bind("track", trackId).bind("release", releaseId).mapToMap().findOne();
            if (candidate.isEmpty()) {
                return false;
            }
            var row = candidate.get();
            Object previous = row.get("accepted_release_id");
            if (previous != null) {
                forget(h, ((Number) previous).longValue(), (String) row.get("artist"), (String) row.get("title"));
            }
            String source = row.get("source") == null ? (String) row.get("name") : row.get("name") + ", " + row.get("source");
            link(h, releaseId, new DigitalTrack((String) row.get("artist"), (String) row.get("title"), (String) row.get("album"),
                            null, null, null, null, null, source, (String) row.get("location")),
                    (String) row.get("position"), (String) row.get("side"), ((Number) row.get("confidence")).doubleValue());
            h.createUpdate("UPDATE match_tracks SET accepted_release_id = :release WHERE id = :track")
                    .bind("release", releaseId).bind("track", trackId).execute();
            return true;
        });
    }

    /** Takes back an accepted candidate: its link goes, the track keeps its candidates. False if none was accepted. */
    public boolean unlink(long trackId) {
        return jdbi.inTransaction(h -> {
            var row = h.createQuery("SELECT artist, title, accepted_release_id FROM match_tracks WHERE id = :track")
                    .bind("track", trackId).mapToMap().findOne();
            if (row.isEmpty() || row.get().get("accepted_release_id") == null) {
                return false;
            }
            forget(h, ((Number) row.get().get("accepted_release_id")).longValue(), (String) row.get().get("artist"),
                    (String) row.get().get("title"));
            h.createUpdate("UPDATE match_tracks SET accepted_release_id = NULL WHERE id = :track").bind("track", trackId)
                    .execute();
            return true;
        });
    }

    private static void forget(Handle h, long releaseId, String artist, String title) {
        h.createUpdate("DELETE FROM track_links WHERE release_id = :release AND coalesce(artist, '') = coalesce(:artist, '') "
                        + "AND coalesce(title, '') = coalesce(:title, '')")
                .bind("release", releaseId).bind("artist", artist).bind("title", title).execute();
    }

    /** Links a track matched on its own (not in a batch). */
    public void link(DigitalTrack track, long releaseId, String position, String side, Double confidence) {
        jdbi.useTransaction(h -> link(h, releaseId, track, position, side, confidence));
    }

    public List<LinkedTrack> forRelease(long releaseId) {
        return reads.with(h -> h.createQuery("SELECT * FROM track_links WHERE release_id = :id ORDER BY position, id")
                .bind("id", releaseId)
                .map((rs, ctx) -> new LinkedTrack(rs.getLong("id"), rs.getLong("release_id"), rs.getString("artist"),
                        rs.getString("title"), rs.getString("album"), rs.getString("source"), rs.getString("position"),
                        rs.getString("side"), (Double) rs.getObject("confidence"), rs.getString("linked_at"),
                        rs.getString("location")))
                .list());
    }

    private void link(org.jdbi.v3.core.Handle h, long releaseId, DigitalTrack track, String position, String side,
                      Double confidence) {
        h.createUpdate("""
                        INSERT INTO track_links (release_id, artist, title, album, source, location, position, side, confidence,
                            linked_at)
                        VALUES (:release, :artist, :title, :album, :source, :location, :position, :side, :confidence, :now)
                        ON CONFLICT DO UPDATE SET album = excluded.album, source = excluded.source,
                            location = coalesce(excluded.location, location), position = excluded.position,
                            side = excluded.side, confidence = excluded.confidence, linked_at = excluded.linked_at
                        """)
                .bind("release", releaseId).bind("artist", track.artist()).bind("title", track.title())
                .bind("album", track.album()).bind("source", track.source()).bind("location", track.location()).bind("position", position).bind("side", side).bind("confidence", confidence)
                .bind("now", Timestamps.format(clock.instant())).execute();
    }
}
