package app.spindle.mirror.query;

import app.spindle.mirror.JsonStrings;
import app.spindle.mirror.query.ReleaseDetails.Community;
import app.spindle.mirror.query.ReleaseDetails.Copy;
import app.spindle.mirror.query.ReleaseDetails.Credit;
import app.spindle.mirror.query.ReleaseDetails.Field;
import app.spindle.mirror.query.ReleaseDetails.Format;
import app.spindle.mirror.query.ReleaseDetails.Identifier;
import app.spindle.mirror.query.ReleaseDetails.Label;
import app.spindle.mirror.query.ReleaseDetails.Track;
import app.spindle.mirror.query.ReleaseDetails.Want;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads one release with all its parts from the mirror, on the read side's kept-open connections. No
 * transaction: each part was written whole in one, so every statement sees a complete version, and
 * reading never waits on the sync.
 */
public final class ReleaseDetailsQuery {

    private final MirrorReads reads;

    public ReleaseDetailsQuery(MirrorReads reads) {
        this.reads = reads;
    }

    public Optional<ReleaseDetails> find(long id) {
        return reads.with(h -> h.createQuery("""
                        SELECT r.*, c.local_file FROM releases r LEFT JOIN cover_images c ON c.release_id = r.id
                        WHERE r.id = :id""")
                .bind("id", id)
                .map((rs, ctx) -> release(h, rs))
                .findOne());
    }

    private ReleaseDetails release(Handle h, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Map<Integer, List<Credit>> trackArtists = trackCredits(h, id, "main");
        Map<Integer, List<Credit>> trackExtras = trackCredits(h, id, "extra");
        List<Track> tracks = h.createQuery("""
                        SELECT seq, parent_seq, position, side, type, title, duration FROM tracks
                        WHERE release_id = :id ORDER BY seq""")
                .bind("id", id)
                .map((t, ctx) -> new Track(t.getInt("seq"), (Integer) t.getObject("parent_seq"), t.getString("position"),
                        t.getString("side"), t.getString("type"), t.getString("title"), t.getString("duration"),
                        trackArtists.getOrDefault(t.getInt("seq"), List.of()),
                        trackExtras.getOrDefault(t.getInt("seq"), List.of())))
                .list();
        return new ReleaseDetails(
                id,
                rs.getString("title"),
                rs.getString("artist_credit"),
                credits(h, id, "main"),
                (Integer) rs.getObject("year"),
                rs.getString("country"),
                rs.getString("released"),
                rs.getString("released_formatted"),
                rs.getString("notes"),
                rs.getString("data_quality"),
                (Long) longOrNull(rs, "master_id"),
                rs.getString("uri"),
                new Community((Integer) rs.getObject("community_have"), (Integer) rs.getObject("community_want"),
                        (Double) rs.getObject("community_rating"), (Integer) rs.getObject("community_rating_count")),
                labels(h, id, "label"),
                labels(h, id, "series"),
                labels(h, id, "company"),
                formats(h, id),
                h.createQuery("SELECT genre FROM release_genres WHERE release_id = :id ORDER BY position")
                        .bind("id", id).mapTo(String.class).list(),
                h.createQuery("SELECT style FROM release_styles WHERE release_id = :id ORDER BY position")
                        .bind("id", id).mapTo(String.class).list(),
                tracks,
                credits(h, id, "extra"),
                h.createQuery("SELECT type, value, description FROM release_identifiers WHERE release_id = :id ORDER BY position")
                        .bind("id", id)
                        .map((i, ctx) -> new Identifier(i.getString("type"), i.getString("value"), i.getString("description")))
                        .list(),
                rs.getString("local_file"),
                rs.getString("details_fetched_at") != null,
                rs.getString("details_fetched_at"),
                copies(h, id),
                h.createQuery("SELECT rating, date_added, notes FROM wants WHERE release_id = :id")
                        .bind("id", id)
                        .map((w, ctx) -> new Want(w.getInt("rating"), w.getString("date_added"), w.getString("notes")))
                        .findOne().orElse(null));
    }

    private static Object longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static List<Credit> credits(Handle h, long id, String kind) {
        return h.createQuery("""
                        SELECT artist_id, name, anv, join_text, role, tracks FROM release_artists
                        WHERE release_id = :id AND kind = :kind ORDER BY position""")
                .bind("id", id).bind("kind", kind)
                .map((a, ctx) -> credit(a))
                .list();
    }

    private static Credit credit(ResultSet a) throws SQLException {
        return new Credit(a.getLong("artist_id"), a.getString("name"), a.getString("anv"), a.getString("join_text"),
                a.getString("role"), a.getString("tracks"));
    }

    private static Map<Integer, List<Credit>> trackCredits(Handle h, long id, String kind) {
        Map<Integer, List<Credit>> bySeq = new HashMap<>();
        h.createQuery("""
                        SELECT track_seq, artist_id, name, anv, join_text, role, tracks FROM track_artists
                        WHERE release_id = :id AND kind = :kind ORDER BY track_seq, position""")
                .bind("id", id).bind("kind", kind)
                .map((a, ctx) -> Map.entry(a.getInt("track_seq"), credit(a)))
                .forEach(e -> bySeq.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return bySeq;
    }

    private static List<Label> labels(Handle h, long id, String kind) {
        return h.createQuery("""
                        SELECT label_id, name, catno, entity_type_name FROM release_labels
                        WHERE release_id = :id AND kind = :kind ORDER BY position""")
                .bind("id", id).bind("kind", kind)
                .map((l, ctx) -> new Label(l.getLong("label_id"), l.getString("name"), l.getString("catno"),
                        l.getString("entity_type_name")))
                .list();
    }

    private static List<Format> formats(Handle h, long id) {
        return h.createQuery("""
                        SELECT name, qty, descriptions, text, size, speed, colour, weight_grams FROM release_formats
                        WHERE release_id = :id ORDER BY position""")
                .bind("id", id)
                .map((f, ctx) -> new Format(f.getString("name"), f.getString("qty"),
                        JsonStrings.readOrNone(f.getString("descriptions")),
                        f.getString("text"), f.getString("size"), f.getString("speed"), f.getString("colour"),
                        (Integer) f.getObject("weight_grams")))
                .list();
    }

    private static List<Copy> copies(Handle h, long id) {
        Map<Long, List<Field>> fields = new HashMap<>();
        h.createQuery("""
                        SELECT v.instance_id, f.name, v.value FROM collection_item_fields v
                        JOIN collection_items i ON i.instance_id = v.instance_id
                        LEFT JOIN collection_fields f ON f.id = v.field_id
                        WHERE i.release_id = :id ORDER BY v.instance_id, f.position, v.field_id""")
                .bind("id", id)
                .map((r, ctx) -> Map.entry(r.getLong("instance_id"),
                        new Field(r.getString("name") == null ? "Field" : r.getString("name"), r.getString("value"))))
                .forEach(e -> fields.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return h.createQuery("""
                        SELECT i.instance_id, i.folder_id,
                               coalesce(f.name, CASE i.folder_id WHEN 1 THEN 'Uncategorized' END) AS folder_name,
                               i.rating, i.date_added,
                               i.media_condition, i.sleeve_condition
                        FROM collection_items i LEFT JOIN collection_folders f ON f.id = i.folder_id
                        WHERE i.release_id = :id ORDER BY i.added_at, i.instance_id""")
                .bind("id", id)
                .map((c, ctx) -> new Copy(c.getLong("instance_id"), c.getLong("folder_id"), c.getString("folder_name"),
                        c.getInt("rating"), c.getString("date_added"), c.getString("media_condition"),
                        c.getString("sleeve_condition"), fields.getOrDefault(c.getLong("instance_id"), List.of())))
                .list();
    }


    /** Other pressings of the same master that the user owns or wants. */
    public List<RelatedPressing> otherPressings(long releaseId, long masterId) {
        return reads.with(h -> h.createQuery("""
                        SELECT r.id, r.title, r.year, r.country,
                               (SELECT group_concat(l.name || ' ' || coalesce(l.catno, ''), ', ') FROM release_labels l
                                 WHERE l.release_id = r.id AND l.kind = 'label') AS labels,
                               EXISTS (SELECT 1 FROM collection_items i WHERE i.release_id = r.id) AS owned,
                               EXISTS (SELECT 1 FROM wants w WHERE w.release_id = r.id) AS wanted
                        FROM releases r
                        WHERE r.master_id = :master AND r.id <> :id
                          AND (EXISTS (SELECT 1 FROM collection_items i WHERE i.release_id = r.id)
                               OR EXISTS (SELECT 1 FROM wants w WHERE w.release_id = r.id))
                        ORDER BY r.year, r.id""")
                .bind("master", masterId).bind("id", releaseId)
                .map((r, ctx) -> new RelatedPressing(r.getLong("id"), r.getString("title"), (Integer) r.getObject("year"),
                        r.getString("country"), r.getString("labels"), r.getBoolean("owned"), r.getBoolean("wanted")))
                .list());
    }

    public record RelatedPressing(long id, String title, Integer year, String country, String labels, boolean owned,
                                  boolean wanted) {
    }
}
