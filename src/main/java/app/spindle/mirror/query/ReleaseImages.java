package app.spindle.mirror.query;

import java.util.List;

/** What a release page needs to know of the release's images: which there are, and which Discogs gave URLs for. */
public final class ReleaseImages {
    private final MirrorReads reads;

    public ReleaseImages(MirrorReads reads) {
        this.reads = reads;
    }

    /** One image as Discogs lists it; {@code position} 0 is the cover. Empty URLs (unauthenticated, dumps) mean none. */
    public record Image(int position, String type, int width, int height, boolean hasLarge, boolean hasSmall) {
    }

    public List<Image> of(long releaseId) {
        return reads.with(h -> h.createQuery("""
                        SELECT position, type, coalesce(width, 0), coalesce(height, 0),
                               coalesce(uri, '') <> '', coalesce(uri150, '') <> ''
                        FROM release_images WHERE release_id = :id ORDER BY position""")
                .bind("id", releaseId)
                .map((rs, ctx) -> new Image(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getBoolean(5),
                        rs.getBoolean(6)))
                .list());
    }
}
