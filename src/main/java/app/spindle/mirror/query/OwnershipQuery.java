package app.spindle.mirror.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Whether releases are in the mirrored collection or wantlist, for lists of Discogs results and match candidates;
 * read on the read side's kept-open connections.
 */
public final class OwnershipQuery {
    private final MirrorReads reads;

    public OwnershipQuery(MirrorReads reads) {
        this.reads = reads;
    }

    public record Marks(boolean owned, boolean wanted) {
        public static final Marks NONE = new Marks(false, false);
    }

    /** What the mirror holds of some releases: stored covers (local file names), stored details, owned, wanted. */
    public record Known(Map<Long, String> coverFiles, Set<Long> mirrored, Set<Long> owned, Set<Long> wanted) {
        public static final Known NONE = new Known(Map.of(), Set.of(), Set.of(), Set.of());
    }

    public Map<Long, Marks> marks(Collection<Long> releaseIds) {
        if (releaseIds.isEmpty()) {
            return new HashMap<>();
        }
        List<Long> ids = List.copyOf(new HashSet<>(releaseIds));
        return reads.with(h -> {
            Set<Long> owned = owned(h, ids);
            Set<Long> wanted = wanted(h, ids);
            Map<Long, Marks> marks = new HashMap<>();
            for (Long id : ids) {
                marks.put(id, new Marks(owned.contains(id), wanted.contains(id)));
            }
            return marks;
        });
    }

    public boolean owned(long releaseId) {
        return reads.with(h -> owned(h, List.of(releaseId))).contains(releaseId);
    }

    public Known known(Collection<Long> releaseIds) {
        if (releaseIds.isEmpty()) {
            return Known.NONE;
        }
        List<Long> ids = List.copyOf(new HashSet<>(releaseIds));
        return reads.with(h -> {
            Map<Long, String> covers = new HashMap<>();
            h.createQuery("SELECT release_id, local_file FROM cover_images WHERE local_file IS NOT NULL AND release_id IN (<ids>)")
                    .bindList("ids", ids).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> covers.put(e.getKey(), e.getValue()));
            Set<Long> mirrored = new HashSet<>(h.createQuery("SELECT id FROM releases WHERE id IN (<ids>)")
                    .bindList("ids", ids).mapTo(Long.class).list());
            return new Known(covers, mirrored, owned(h, ids), wanted(h, ids));
        });
    }

    private static Set<Long> owned(Handle h, List<Long> ids) {
        return new HashSet<>(h.createQuery("SELECT DISTINCT release_id FROM collection_items WHERE release_id IN (<ids>)")
                .bindList("ids", ids).mapTo(Long.class).list());
    }

    private static Set<Long> wanted(Handle h, List<Long> ids) {
        return new HashSet<>(h.createQuery("SELECT release_id FROM wants WHERE release_id IN (<ids>)")
                .bindList("ids", ids).mapTo(Long.class).list());
    }
}
