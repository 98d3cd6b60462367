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

    public Counts count() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT (SELECT count(*) FROM collection_items) AS collection,
                               (SELECT count(*) FROM wants) AS wantlist,
                               (SELECT count(*) FROM releases) AS releases,
                               (SELECT count(*) FROM tracks WHERE type = 'track' OR type IS NULL) AS tracks""")
                .map((rs, ctx) -> new Counts(rs.getLong("collection"), rs.getLong("wantlist"), rs.getLong("releases"),
                        rs.getLong("tracks")))
                .one());
    }
}
