package app.spindle.playlists;

import java.util.List;
import app.spindle.mirror.query.ReadSide;

/**
 * Three playlists made from the accepted links, read when asked so they are always current: the digital
 * tracks the user also owns on vinyl, the owned vinyl tracks with no digital copy linked, and the digital
 * tracks whose vinyl is on the wantlist. A linked track carries its record's label, catalog number, year
 * and the side and position the link found.
 */
public final class SmartPlaylists {
    public static final String DIGITAL_ON_VINYL = "Digital tracks I own on vinyl";
    public static final String VINYL_WITHOUT_DIGITAL = "Vinyl I own with no digital copy";
    public static final String WANTED_VINYL = "Tracks whose vinyl I want";

    private static final String RELEASE_FACTS = """
            r.id, r.title AS release_title, r.year,
            (SELECT l.name FROM release_labels l WHERE l.release_id = r.id AND l.kind = 'label' ORDER BY l.position LIMIT 1) AS label,
            (SELECT l.catno FROM release_labels l WHERE l.release_id = r.id AND l.kind = 'label' ORDER BY l.position LIMIT 1) AS catno""";
    private static final String LINKED = """
            SELECT %s, coalesce(k.artist, r.artist_credit) AS artist, k.title, k.position, k.side, k.location AS file
            FROM track_links k JOIN releases r ON r.id = k.release_id
            WHERE k.release_id IN (%s)
            ORDER BY k.linked_at DESC, k.id""";
    private static final String UNLINKED = """
            SELECT %s, r.artist_credit AS artist, t.title, t.position, t.side, NULL AS file
            FROM releases r JOIN tracks t ON t.release_id = r.id AND coalesce(t.type, 'track') = 'track' AND coalesce(t.title, '') <> ''
            WHERE r.id IN (SELECT release_id FROM collection_items)
              AND NOT EXISTS (SELECT 1 FROM track_links k WHERE k.release_id = r.id
                              AND (k.position = t.position OR (k.position IS NULL AND lower(k.title) = lower(t.title))))
            ORDER BY r.sort_artist, r.sort_title, r.id, t.seq""";

    private final ReadSide reads;

    /** Reads on {@code reads}: the read side's kept-open connections when a page asks. */
    public SmartPlaylists(ReadSide reads) {
        this.reads = reads;
    }

    public ExportPlaylist digitalOnVinyl() {
        return new ExportPlaylist(DIGITAL_ON_VINYL, read(String.format(LINKED, RELEASE_FACTS, "SELECT release_id FROM collection_items")));
    }

    public ExportPlaylist vinylWithoutDigital() {
        return new ExportPlaylist(VINYL_WITHOUT_DIGITAL, read(String.format(UNLINKED, RELEASE_FACTS)));
    }

    public ExportPlaylist wantedVinyl() {
        return new ExportPlaylist(WANTED_VINYL, read(String.format(LINKED, RELEASE_FACTS,
                "SELECT release_id FROM wants EXCEPT SELECT release_id FROM collection_items")));
    }

    public List<ExportPlaylist> all() {
        return List.of(digitalOnVinyl(), vinylWithoutDigital(), wantedVinyl());
    }

    private List<PlaylistTrack> read(String sql) {
        return reads.with(h -> h.createQuery(sql).map((rs, ctx) -> {
            int year = rs.getInt("year");
            return new PlaylistTrack(rs.getLong("id"), rs.getString("artist"), rs.getString("title"), rs.getString("release_title"),
                    rs.getString("label"), rs.getString("catno"), year > 0 ? year : null, rs.getString("position"),
                    rs.getString("side"), rs.getString("file"));
        }).list());
    }
}
