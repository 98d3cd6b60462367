package app.spindle.mirror.query;

import org.jdbi.v3.core.Jdbi;

/** How much the mirror holds, for {@code /api/status} and the status panel. */
public final class MirrorCounts {
    private final Jdbi jdbi;

    public MirrorCounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Tracks are real tracks: headings and index tracks are not counted. */
    public record Counts(long collection, long wantlist, long releases, long tracks) {
    }

    /**
     * The tracks are every tracklist row less those that are not tracks: SQLite counts a whole table from its pages
     * without reading the rows, and finds the few others in their own index (019_tracks_not_tracks.sql), where a
     * condition on each row read all ten million of them at 1 M releases.
     */
    public Counts count() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT (SELECT count(*) FROM collection_items) AS collection,
                               (SELECT count(*) FROM wants) AS wantlist,
                               (SELECT count(*) FROM releases) AS releases,
                               (SELECT count(*) FROM tracks)
                                 - (SELECT count(*) FROM tracks WHERE type IS NOT NULL AND type <> 'track') AS tracks""")
                .map((rs, ctx) -> new Counts(rs.getLong("collection"), rs.getLong("wantlist"), rs.getLong("releases"),
                        rs.getLong("tracks")))
                .one());
    }
}
