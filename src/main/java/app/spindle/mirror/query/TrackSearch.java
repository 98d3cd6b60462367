package app.spindle.mirror.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Finds tracks across every mirrored record. The search index narrows to the records whose text holds
 * every word; each of their tracks is then kept when every word is in its title, its artists, or the
 * record's genres and styles ("dub" lists every track of every Dub record).
 */
public final class TrackSearch implements AutoCloseable {
    private static final String COLUMNS = """
            SELECT t.release_id, t.seq, t.position, t.side, t.title, t.duration,
                (SELECT group_concat(coalesce(nullif(ta.anv, ''), ta.name), ', ') FROM track_artists ta
                    WHERE ta.release_id = t.release_id AND ta.track_seq = t.seq AND ta.kind = 'main') AS track_artist,
                r.artist_credit, r.title AS release_title, r.year, c.local_file,
                (SELECT count(*) FROM collection_items ci WHERE ci.release_id = t.release_id) AS copies,
                EXISTS (SELECT 1 FROM wants w WHERE w.release_id = t.release_id) AS wanted
            FROM tracks t
            JOIN releases r ON r.id = t.release_id
            LEFT JOIN cover_images c ON c.release_id = t.release_id
            """;
    private static final String IS_TRACK = "coalesce(t.type, 'track') NOT IN ('heading', 'index')";

    /** A page of hits, and whether another page follows. */
    public record TrackPage(List<TrackHit> hits, boolean more) {
    }

    private record Key(String text, int offset, int limit) {
    }

    private final MirrorReads jdbi;
    private final VersionedCache<Key, TrackPage> found;

    public TrackSearch(MirrorReads reads) {
        this.jdbi = reads;
        this.found = new VersionedCache<>(reads.version(), 256, "spindle-tracks", false);
    }

    /** Tracks whose title, artists or record's genres and styles hold every word; a search made again is answered from memory until the mirror changes. */
    public TrackPage search(String text, int offset, int limit) {
        return found.get(new Key(text, offset, limit), () -> find(text, offset, limit));
    }

    private TrackPage find(String text, int offset, int limit) {
        List<String> words = FtsQuery.words(text);
        if (words.isEmpty()) {
            return new TrackPage(List.of(), false);
        }
        StringBuilder sql = new StringBuilder(COLUMNS)
                .append(" WHERE t.release_id IN (SELECT rowid FROM release_search WHERE release_search MATCH :q) AND ")
                .append(IS_TRACK);
        for (int n = 0; n < words.size(); n++) {
            sql.append(" AND (t.title LIKE :w").append(n).append(" OR r.artist_credit LIKE :w").append(n)
                    .append(" OR EXISTS (SELECT 1 FROM track_artists ta WHERE ta.release_id = t.release_id")
                    .append(" AND ta.track_seq = t.seq AND (ta.name LIKE :w").append(n)
                    .append(" OR ta.anv LIKE :w").append(n).append("))")
                    .append(" OR EXISTS (SELECT 1 FROM release_genres g WHERE g.release_id = t.release_id")
                    .append(" AND g.genre LIKE :w").append(n).append(")")
                    .append(" OR EXISTS (SELECT 1 FROM release_styles s WHERE s.release_id = t.release_id")
                    .append(" AND s.style LIKE :w").append(n).append("))");
        }
        sql.append(" ORDER BY r.sort_artist, r.sort_title, t.release_id, t.seq LIMIT :limit OFFSET :offset");
        return jdbi.with(h -> {
            Query query = h.createQuery(sql.toString()).bind("q", FtsQuery.of(text))
                    .bind("limit", limit + 1).bind("offset", offset);
            for (int n = 0; n < words.size(); n++) {
                query.bind("w" + n, "%" + words.get(n) + "%");
            }
            return page(query.map((rs, ctx) -> hit(rs)).list(), limit);
        });
    }

    /** With nothing to search for: the tracks of the most recently added records, {@code records} records a page. */
    public TrackPage recent(int offset, int records) {
        return jdbi.with(h -> {
            List<Long> ids = new ArrayList<>(new LinkedHashSet<>(h.createQuery(
                            "SELECT release_id FROM collection_items ORDER BY added_at DESC, instance_id DESC"
                                    + " LIMIT :limit OFFSET :offset")
                    .bind("limit", records + 1).bind("offset", offset).mapTo(Long.class).list()));
            boolean more = ids.size() > records;
            List<Long> shown = ids.subList(0, Math.min(records, ids.size()));
            return new TrackPage(tracksOf(h, shown), more);
        });
    }

    @Override
    public void close() {
        found.close();
    }

    private static List<TrackHit> tracksOf(Handle h, List<Long> releaseIds) {
        if (releaseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TrackHit>> byRelease = new HashMap<>();
        h.createQuery(COLUMNS + " WHERE t.release_id IN (<ids>) AND " + IS_TRACK + " ORDER BY t.release_id, t.seq")
                .bindList("ids", releaseIds)
                .map((rs, ctx) -> hit(rs))
                .forEach(hit -> byRelease.computeIfAbsent(hit.releaseId(), k -> new ArrayList<>()).add(hit));
        List<TrackHit> hits = new ArrayList<>();
        releaseIds.forEach(id -> hits.addAll(byRelease.getOrDefault(id, List.of())));
        return hits;
    }

    private static TrackPage page(List<TrackHit> hits, int limit) {
        return hits.size() > limit ? new TrackPage(hits.subList(0, limit), true) : new TrackPage(hits, false);
    }

    private static TrackHit hit(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TrackHit(rs.getLong("release_id"), rs.getString("position"), rs.getString("side"),
                rs.getString("title"), rs.getString("duration"), rs.getString("track_artist"),
                rs.getString("artist_credit"), rs.getString("release_title"), (Integer) rs.getObject("year"),
                rs.getString("local_file"), rs.getInt("copies"), rs.getBoolean("wanted"));
    }
}
