package app.spindle.mirror.query;

import app.spindle.mirror.query.ReleaseDetails.Credit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The main artists of a page of releases, in credit order, so that a shelf card can link each name to its
 * artist page: one indexed query for the whole page. A release whose artists are not mirrored yet has none.
 */
public final class MainArtists {
    private final MirrorReads reads;

    public MainArtists(MirrorReads reads) {
        this.reads = reads;
    }

    public Map<Long, List<Credit>> of(Collection<Long> releaseIds) {
        Map<Long, List<Credit>> byRelease = new HashMap<>();
        if (releaseIds.isEmpty()) {
            return byRelease;
        }
        reads.with(h -> h.createQuery("""
                        SELECT release_id, artist_id, name, anv, join_text FROM release_artists
                        WHERE kind = 'main' AND release_id IN (<ids>) ORDER BY release_id, position""")
                .bindList("ids", List.copyOf(releaseIds))
                .map((rs, ctx) -> Map.entry(rs.getLong("release_id"), new Credit(rs.getLong("artist_id"), rs.getString("name"),
                        rs.getString("anv"), rs.getString("join_text"), null, null)))
                .list())
                .forEach(e -> byRelease.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        return byRelease;
    }
}
