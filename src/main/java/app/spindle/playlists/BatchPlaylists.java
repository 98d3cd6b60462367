package app.spindle.playlists;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import app.spindle.mirror.query.ReadSide;

/**
 * A match batch's results as playlists of its digital tracks, in file order: those whose record is in the
 * collection, those whose record is on the wantlist, those found on a record that is neither, and those no
 * record was found for (nothing fitted, or nothing fitted surely enough and none was accepted). A track's
 * record is the one the user accepted, else the best candidate of a clear match; owned and wanted are read
 * from the mirror when asked, so a want added since matching counts. Each entry keeps the digital track's own
 * tags and file, and carries its record's label, catalog number, year and side.
 */
public final class BatchPlaylists {

    /** The results, in the order they are exported; {@code file} names the download. */
    public enum Result {
        OWNED("owned", "Owned on vinyl"), WANTED("wanted", "Wanted"), FOUND("found", "On Discogs only"),
        NOT_FOUND("not-found", "Not found");

        public final String file;
        public final String label;

        Result(String file, String label) {
            this.file = file;
            this.label = label;
        }

        public static Result ofFile(String file) {
            for (Result r : values()) {
                if (r.file.equals(file)) {
                    return r;
                }
            }
            return null;
        }
    }

    private static final String TRACKS = """
            SELECT m.artist, m.title, m.album, m.location, m.chosen,
                   c.title AS record_title, c.year AS candidate_year, c.labels, c.catnos, c.position, c.side,
                   r.title AS mirrored_title, r.year AS mirrored_year,
                   (SELECT l.name FROM release_labels l WHERE l.release_id = m.chosen AND l.kind = 'label' ORDER BY l.position LIMIT 1) AS label,
                   (SELECT l.catno FROM release_labels l WHERE l.release_id = m.chosen AND l.kind = 'label' ORDER BY l.position LIMIT 1) AS catno,
                   EXISTS (SELECT 1 FROM collection_items i WHERE i.release_id = m.chosen) AS owned,
                   EXISTS (SELECT 1 FROM wants w WHERE w.release_id = m.chosen) AS wanted
            FROM (SELECT t.id, t.seq, t.artist, t.title, t.album, t.location,
                         coalesce(t.accepted_release_id, CASE WHEN t.state IN ('owned', 'found') THEN
                             (SELECT x.release_id FROM match_candidates x WHERE x.track_id = t.id AND x.rejected = 0
                              ORDER BY x.rank LIMIT 1) END) AS chosen
                  FROM match_tracks t WHERE t.batch_id = :batch AND t.state <> 'pending') m
            LEFT JOIN match_candidates c ON c.track_id = m.id
                  AND c.rank = (SELECT min(y.rank) FROM match_candidates y WHERE y.track_id = m.id AND y.release_id = m.chosen)
            LEFT JOIN releases r ON r.id = m.chosen
            ORDER BY m.seq""";

    private final ReadSide reads;

    /** Reads on {@code reads}: the read side's kept-open connections when a page asks. */
    public BatchPlaylists(ReadSide reads) {
        this.reads = reads;
    }

    /** Every result of the batch as its own playlist, named "Batch name – Owned on vinyl"; empty ones included. */
    public Map<Result, ExportPlaylist> of(long batchId, String batchName) {
        Map<Result, List<PlaylistTrack>> tracks = new EnumMap<>(Result.class);
        for (Result r : Result.values()) {
            tracks.put(r, new ArrayList<>());
        }
        reads.with(h -> h.createQuery(TRACKS).bind("batch", batchId).map((rs, ctx) -> {
            long chosen = rs.getLong("chosen");
            Result result = chosen == 0 ? Result.NOT_FOUND : rs.getBoolean("owned") ? Result.OWNED
                    : rs.getBoolean("wanted") ? Result.WANTED : Result.FOUND;
            String record = firstOf(rs.getString("mirrored_title"), rs.getString("record_title"), rs.getString("album"));
            int year = rs.getInt("mirrored_year") > 0 ? rs.getInt("mirrored_year") : rs.getInt("candidate_year");
            return Map.entry(result, new PlaylistTrack(chosen, rs.getString("artist"), rs.getString("title"), record,
                    firstOf(rs.getString("label"), firstListed(rs.getString("labels"))),
                    firstOf(rs.getString("catno"), firstListed(rs.getString("catnos"))), year > 0 ? year : null,
                    rs.getString("position"), rs.getString("side"), rs.getString("location")));
        }).list()).forEach(e -> tracks.get(e.getKey()).add(e.getValue()));
        Map<Result, ExportPlaylist> playlists = new EnumMap<>(Result.class);
        tracks.forEach((result, list) -> playlists.put(result, new ExportPlaylist(batchName + " – " + result.label, list)));
        return playlists;
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** A candidate keeps its labels and catalog numbers joined by ", " for showing: the first is the record's. */
    private static String firstListed(String joined) {
        return joined == null ? null : joined.split(", ", 2)[0];
    }
}
