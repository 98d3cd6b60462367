package app.spindle.playlists;

import java.util.ArrayList;
import java.util.List;
import app.spindle.mirror.query.ReadSide;

/**
 * The collection, one folder or the wantlist as a playlist: every track of every record on it, in the
 * order the records were added (newest first) and then the tracklist's order. A track credited to its
 * own artists (a compilation, a split) carries them; otherwise the record's artist credit. A track linked to a
 * digital file (an accepted match from an M3U or Rekordbox import) carries that file's location.
 */
public final class ShelfPlaylists {
    private static final String TRACKS = """
            SELECT r.id, r.title AS release_title, r.artist_credit, r.year, t.title, t.position, t.side,
                   (SELECT group_concat(coalesce(nullif(ta.anv, ''), ta.name) || CASE
                             WHEN trim(coalesce(ta.join_text, '')) = '' THEN ' & ' WHEN trim(ta.join_text) = ',' THEN ', '
                             ELSE ' ' || trim(ta.join_text) || ' ' END, '' ORDER BY ta.position)
                      FROM track_artists ta WHERE ta.release_id = t.release_id AND ta.track_seq = t.seq AND ta.kind = 'main') AS track_artist,
                   (SELECT l.name FROM release_labels l WHERE l.release_id = r.id AND l.kind = 'label' ORDER BY l.position LIMIT 1) AS label,
                   (SELECT l.catno FROM release_labels l WHERE l.release_id = r.id AND l.kind = 'label' ORDER BY l.position LIMIT 1) AS catno,
                   (SELECT k.location FROM track_links k WHERE k.release_id = r.id AND k.location IS NOT NULL
                      AND (k.position = t.position OR (k.position IS NULL AND lower(k.title) = lower(t.title)))
                      ORDER BY k.linked_at DESC LIMIT 1) AS file
            FROM (%s) shelf
            JOIN releases r ON r.id = shelf.release_id
            JOIN tracks t ON t.release_id = r.id AND coalesce(t.type, 'track') = 'track' AND coalesce(t.title, '') <> ''
            ORDER BY shelf.added DESC, r.id, t.seq""";

    // the join written after the last artist ("A & B & " → "A & B"); Discogs' "(2)" and a name variation's "*"
    private static final java.util.regex.Pattern TRAILING_JOIN = java.util.regex.Pattern.compile("(?:,|\\s\\S+)\\s$");
    private static final java.util.regex.Pattern DISCOGS_SUFFIX = java.util.regex.Pattern.compile("\\s\\(\\d+\\)(?=\\s|$|,)|\\*(?=\\s|$|,)");

    private final ReadSide reads;

    /** Reads on {@code reads}: the read side's kept-open connections when a page asks. */
    public ShelfPlaylists(ReadSide reads) {
        this.reads = reads;
    }

    public ExportPlaylist collection() {
        return new ExportPlaylist("Collection", tracks("SELECT release_id, max(added_at) AS added FROM collection_items GROUP BY release_id", null));
    }

    public ExportPlaylist folder(long folderId, String name) {
        return new ExportPlaylist(name, tracks("SELECT release_id, max(added_at) AS added FROM collection_items "
                + "WHERE folder_id = :folder GROUP BY release_id", folderId));
    }

    public ExportPlaylist wantlist() {
        return new ExportPlaylist("Wantlist", tracks("SELECT release_id, added_at AS added FROM wants", null));
    }

    /** The records of any list of releases (a filtered shelf view, a match batch's results), in that order. */
    public ExportPlaylist releases(String name, List<Long> releaseIds) {
        List<PlaylistTrack> all = new ArrayList<>();
        for (int i = 0; i < releaseIds.size(); i += 500) {
            List<Long> chunk = releaseIds.subList(i, Math.min(releaseIds.size(), i + 500));
            List<PlaylistTrack> found = reads.with(h -> h.createQuery(String.format(TRACKS,
                            "SELECT id AS release_id, 0 AS added FROM releases WHERE id IN (<ids>)"))
                    .bindList("ids", chunk).map((rs, ctx) -> row(rs)).list());
            java.util.Map<Long, List<PlaylistTrack>> byRelease = new java.util.HashMap<>();
            found.forEach(t -> byRelease.computeIfAbsent(t.releaseId(), id -> new ArrayList<>()).add(t));
            chunk.forEach(id -> all.addAll(byRelease.getOrDefault(id, List.of())));
        }
        return new ExportPlaylist(name, all);
    }

    private List<PlaylistTrack> tracks(String shelf, Long folder) {
        return reads.with(h -> {
            var query = h.createQuery(String.format(TRACKS, shelf));
            if (folder != null) {
                query.bind("folder", folder);
            }
            return query.map((rs, ctx) -> row(rs)).list();
        });
    }

    private static PlaylistTrack row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String trackArtist = rs.getString("track_artist");
        String artist = trackArtist == null || trackArtist.isBlank() ? rs.getString("artist_credit")
                : TRAILING_JOIN.matcher(trackArtist).replaceFirst("");
        artist = DISCOGS_SUFFIX.matcher(artist).replaceAll("");
        int year = rs.getInt("year");
        return new PlaylistTrack(rs.getLong("id"), artist, rs.getString("title"), rs.getString("release_title"),
                rs.getString("label"), rs.getString("catno"), year > 0 ? year : null, rs.getString("position"),
                rs.getString("side"), rs.getString("file"));
    }
}
