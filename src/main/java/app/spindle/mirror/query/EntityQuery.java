package app.spindle.mirror.query;

import app.spindle.discogs.model.DiscographyRole;
import app.spindle.discogs.model.DiscogsListEntry;
import app.spindle.discogs.model.DiscogsType;
import app.spindle.mirror.CompressedJson;
import app.spindle.mirror.EntityStore.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads what the mirror holds of artists, labels and masters for their pages: the stored documents, the
 * stored pages of their Discogs lists with the user's marks, and what the user owns or wants of them.
 * When every release of a data dump was imported, discographies and catalogues are read from it instead.
 */
public final class EntityQuery {
    private static final Map<String, String> ORDERS = Map.of(
            "position", "page, position",
            "catno", "catno_key IS NULL OR catno_key = '', catno_key, catno, entry_id",
            "year", "year IS NULL, year, title, entry_id",
            "year-desc", "year IS NULL, year DESC, title, entry_id",
            "title", "title COLLATE NOCASE, year, entry_id");

    private static final String MARKS = """
            CASE WHEN e.entry_type = 'release'
                 THEN (SELECT count(*) FROM collection_items i WHERE i.release_id = e.entry_id)
                 ELSE (SELECT count(DISTINCT i.release_id) FROM collection_items i JOIN releases r ON r.id = i.release_id
                       WHERE r.master_id = e.entry_id) END AS owned,
            CASE WHEN e.entry_type = 'release'
                 THEN (SELECT count(*) FROM wants w WHERE w.release_id = e.entry_id)
                 ELSE (SELECT count(*) FROM wants w JOIN releases r ON r.id = w.release_id
                       WHERE r.master_id = e.entry_id) END AS wanted""";

    /** A dump list's format: that of the release {@code format_of} names, worked out for the entries shown only. */
    private static final String FORMAT_OF = """
            (SELECT coalesce(f.qty || 'x', '') || f.name
                    || coalesce((SELECT ', ' || group_concat(d.value, ', ') FROM json_each(f.descriptions) d), '')
             FROM release_formats f WHERE f.release_id = e.format_of ORDER BY f.position LIMIT 1)""";

    private final MirrorReads reads;

    /** A dump list's length by owner: counting an artist of thousands of releases reads each of them. */
    private final VersionedCache<String, Integer> dumpCounts;

    public EntityQuery(MirrorReads reads) {
        this.reads = reads;
        this.dumpCounts = new VersionedCache<>(reads.version(), 256, "spindle-entity-counts", false);
    }

    public Optional<StoredEntity> artist(long id) {
        return named("artists", id);
    }

    public Optional<StoredEntity> label(long id) {
        return named("labels", id);
    }

    public Optional<StoredEntity> master(long id) {
        return reads.with(h -> h.createQuery("SELECT id, title, gzip, fetched_at FROM masters WHERE id = :id")
                .bind("id", id)
                .map((r, ctx) -> new StoredEntity(r.getLong("id"), r.getString("title"), null, unpack(r.getBytes("gzip")),
                        r.getString("fetched_at"), null))
                .findOne());
    }

    private Optional<StoredEntity> named(String table, long id) {
        return reads.with(h -> h.createQuery("SELECT id, name, profile, gzip, fetched_at, dump_date FROM " + table
                        + " WHERE id = :id")
                .bind("id", id)
                .map((r, ctx) -> new StoredEntity(r.getLong("id"), r.getString("name"), r.getString("profile"),
                        unpack(r.getBytes("gzip")), r.getString("fetched_at"), r.getString("dump_date")))
                .findOne());
    }

    /** The artist's name as a mirrored release credits it (as main, extra or track artist), for a page without Discogs. */
    public Optional<String> artistName(long id) {
        return reads.with(h -> h.createQuery("""
                        SELECT name FROM (SELECT name FROM release_artists WHERE artist_id = :id AND name IS NOT NULL LIMIT 1)
                        UNION ALL SELECT name FROM (SELECT name FROM track_artists WHERE artist_id = :id AND name IS NOT NULL LIMIT 1)
                        LIMIT 1""")
                .bind("id", id).mapTo(String.class).findFirst());
    }

    /** The label's name as a mirrored release prints it. */
    public Optional<String> labelName(long id) {
        return reads.with(h -> h.createQuery("SELECT name FROM release_labels WHERE label_id = :id AND name IS NOT NULL LIMIT 1")
                .bind("id", id).mapTo(String.class).findFirst());
    }

    /** What the mirrored pressings of a master say of it: the oldest one's title and year (main release unknown: 0). */
    public Optional<MirroredMaster> masterOfMirror(long id) {
        return reads.with(h -> h.createQuery("""
                        SELECT title, year FROM releases WHERE master_id = :id
                        ORDER BY year IS NULL, year, id LIMIT 1""")
                .bind("id", id)
                .map((r, ctx) -> new MirroredMaster(r.getString("title"), r.getObject("year") == null ? null : r.getInt("year"), 0))
                .findFirst());
    }

    public record MirroredMaster(String title, Integer year, long mainRelease) {
    }

    /** True once a dump's every release was imported (import-dump --all): lists then come from the mirror. */
    public boolean wholeDumpImported() {
        return reads.with(h -> h.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM dump_imports
                                       WHERE kind = 'releases' AND mode = 'all' AND outcome = 'succeeded')""")
                .mapTo(Boolean.class).one());
    }

    public ListState listState(Kind kind, long ownerId, String listKey) {
        if (wholeDumpImported()) {
            int items = dumpCounts.get(kind.word() + ":" + ownerId, () -> reads.with(h -> h.createQuery(dumpCount(kind))
                    .bind("id", ownerId).mapTo(Integer.class).one()));
            return new ListState(1, 1, items, null, true);
        }
        return reads.with(h -> h.createQuery("""
                        SELECT count(*) AS stored, coalesce(max(pages), 0) AS pages, coalesce(max(items), 0) AS items,
                               min(fetched_at) AS fetched_at
                        FROM entity_list_pages WHERE owner_kind = :kind AND owner_id = :id AND list_key = :key""")
                .bind("kind", kind.word()).bind("id", ownerId).bind("key", listKey)
                .map((r, ctx) -> new ListState(r.getInt("stored"), r.getInt("pages"), r.getInt("items"),
                        r.getString("fetched_at"), false))
                .one());
    }

    /**
     * Stored entries of a list with the user's marks, in one of the orders "position" (Discogs'), "catno",
     * "year", "year-desc" or "title".
     */
    public List<ListEntry> entries(Kind kind, long ownerId, String listKey, String order, int limit, int offset) {
        String orderBy = ORDERS.getOrDefault(order, ORDERS.get("position"));
        boolean fromDump = wholeDumpImported();
        String source = fromDump ? "(" + dumpList(kind) + ")"
                : "(SELECT *, NULL AS format_of FROM entity_list_entries WHERE owner_kind = :kind AND owner_id = :id AND list_key = :key)";
        if (fromDump && orderBy.startsWith("page")) {
            orderBy = ORDERS.get(kind == Kind.LABEL ? "catno" : "year");
        }
        // the user's marks are counted for the entries shown only, not for every entry of a discography of thousands
        String sql = "SELECT e.*, coalesce(e.format, " + FORMAT_OF + ") AS shown_format, " + MARKS + " FROM (SELECT * FROM "
                + source + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset) e ORDER BY " + orderBy;
        return reads.with(h -> h.createQuery(sql)
                .bind("kind", kind.word()).bind("id", ownerId).bind("key", listKey)
                .bind("limit", limit).bind("offset", offset)
                .map((r, ctx) -> new ListEntry(new DiscogsListEntry(DiscogsType.of(r.getString("entry_type")), r.getLong("entry_id"),
                        r.getObject("main_release_id") == null ? null : r.getLong("main_release_id"),
                        r.getString("title"), r.getString("artist"), DiscographyRole.of(r.getString("role")),
                        r.getObject("year") == null ? null : r.getInt("year"), r.getString("shown_format"),
                        r.getString("label"), r.getString("catno"), r.getString("country"), r.getString("thumb")),
                        r.getInt("owned"), r.getInt("wanted")))
                .list());
    }

    /** How many entries {@link #dumpList} holds, without building them. */
    private static String dumpCount(Kind kind) {
        return switch (kind) {
            case MASTER -> "SELECT count(*) FROM releases WHERE master_id = :id";
            case LABEL -> "SELECT count(DISTINCT release_id) FROM release_labels WHERE label_id = :id AND kind = 'label'";
            case ARTIST -> """
                    SELECT count(DISTINCT CASE WHEN coalesce(r.master_id, 0) = 0 THEN -r.id ELSE r.master_id END)
                    FROM release_artists a JOIN releases r ON r.id = a.release_id
                    WHERE a.artist_id = :id AND a.kind = 'main'""";
        };
    }

    /**
     * The owner's list built from the imported dump's releases, in the columns of entity_list_entries: a label's
     * releases, a master's versions, an artist's masters and master-less releases.
     */
    private static String dumpList(Kind kind) {
        if (kind == Kind.MASTER) {
            return """
                    SELECT 'release' AS entry_type, r.id AS entry_id, NULL AS main_release_id, r.title, r.artist_credit AS artist,
                           NULL AS role, r.year, NULL AS format, r.id AS format_of,
                           (SELECT group_concat(l.name, ', ') FROM release_labels l WHERE l.release_id = r.id AND l.kind = 'label')
                               AS label,
                           (SELECT l.catno FROM release_labels l WHERE l.release_id = r.id AND l.kind = 'label'
                            ORDER BY l.position LIMIT 1) AS catno,
                           (SELECT l.catno_key FROM release_labels l WHERE l.release_id = r.id AND l.kind = 'label'
                            ORDER BY l.position LIMIT 1) AS catno_key,
                           r.country, r.thumb
                    FROM releases r WHERE r.master_id = :id""";
        }
        if (kind == Kind.LABEL) {
            return """
                    SELECT 'release' AS entry_type, r.id AS entry_id, NULL AS main_release_id, r.title, r.artist_credit AS artist,
                           NULL AS role, r.year, NULL AS format, r.id AS format_of, l.name AS label, l.catno, l.catno_key,
                           r.country, r.thumb
                    FROM release_labels l JOIN releases r ON r.id = l.release_id
                    WHERE l.label_id = :id AND l.kind = 'label'
                    GROUP BY r.id""";
        }
        return """
                SELECT CASE WHEN coalesce(r.master_id, 0) = 0 THEN 'release' ELSE 'master' END AS entry_type,
                       CASE WHEN coalesce(r.master_id, 0) = 0 THEN r.id ELSE r.master_id END AS entry_id,
                       CASE WHEN coalesce(r.master_id, 0) = 0 THEN NULL
                            ELSE coalesce((SELECT m.main_release_id FROM masters m WHERE m.id = r.master_id), min(r.id)) END
                           AS main_release_id,
                       coalesce((SELECT m.title FROM masters m WHERE m.id = r.master_id), min(r.title)) AS title,
                       min(r.artist_credit) AS artist, 'Main' AS role, min(r.year) AS year,
                       NULL AS format, CASE WHEN coalesce(r.master_id, 0) = 0 THEN r.id END AS format_of,
                       NULL AS label, NULL AS catno, NULL AS catno_key, min(r.country) AS country, min(r.thumb) AS thumb
                FROM release_artists a JOIN releases r ON r.id = a.release_id
                WHERE a.artist_id = :id AND a.kind = 'main'
                GROUP BY 1, 2""";
    }

    /** Releases in the collection or wantlist credited to the artist (as main or extra artist, or on a track). */
    public List<OwnedRelease> ownedOrWantedByArtist(long artistId, int limit) {
        return owned("""
                r.id IN (SELECT release_id FROM release_artists WHERE artist_id = :id
                         UNION SELECT release_id FROM track_artists WHERE artist_id = :id)""", artistId, limit);
    }

    /** Releases in the collection or wantlist on the label. */
    public List<OwnedRelease> ownedOrWantedOnLabel(long labelId, int limit) {
        return owned("r.id IN (SELECT release_id FROM release_labels WHERE label_id = :id AND kind = 'label')",
                labelId, limit);
    }

    /** Distinct releases of the collection on the label. */
    public int ownedOnLabel(long labelId) {
        return reads.with(h -> h.createQuery("""
                        SELECT count(DISTINCT l.release_id) FROM release_labels l
                        WHERE l.label_id = :id AND l.kind = 'label'
                          AND EXISTS (SELECT 1 FROM collection_items i WHERE i.release_id = l.release_id)""")
                .bind("id", labelId).mapTo(Integer.class).one());
    }

    /** Distinct pressings of the master in the collection. */
    public int ownedOfMaster(long masterId) {
        return reads.with(h -> h.createQuery("""
                        SELECT count(DISTINCT i.release_id) FROM collection_items i JOIN releases r ON r.id = i.release_id
                        WHERE r.master_id = :id""")
                .bind("id", masterId).mapTo(Integer.class).one());
    }

    private List<OwnedRelease> owned(String condition, long id, int limit) {
        return reads.with((Handle h) -> h.createQuery("""
                        SELECT r.id, r.title, r.artist_credit, r.year, c.local_file,
                               EXISTS (SELECT 1 FROM collection_items i WHERE i.release_id = r.id) AS owned,
                               EXISTS (SELECT 1 FROM wants w WHERE w.release_id = r.id) AS wanted
                        FROM releases r LEFT JOIN cover_images c ON c.release_id = r.id
                        WHERE %s
                          AND (EXISTS (SELECT 1 FROM collection_items i WHERE i.release_id = r.id)
                               OR EXISTS (SELECT 1 FROM wants w WHERE w.release_id = r.id))
                        ORDER BY r.year IS NULL, r.year, r.sort_title LIMIT :limit""".formatted(condition))
                .bind("id", id).bind("limit", limit)
                .map((r, ctx) -> new OwnedRelease(r.getLong("id"), r.getString("title"), r.getString("artist_credit"),
                        r.getObject("year") == null ? null : r.getInt("year"), r.getString("local_file"),
                        r.getBoolean("owned"), r.getBoolean("wanted")))
                .list());
    }

    /** A release of the collection or wantlist, as the artist and label pages show it. */
    public record OwnedRelease(long id, String title, String artist, Integer year, String coverFile, boolean owned,
                               boolean wanted) {
    }

    private static String unpack(byte[] gzip) {
        return gzip == null ? null : CompressedJson.unpack(gzip);
    }
}
