package app.spindle.mirror.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Whether releases are in the mirrored collection or wantlist, for lists of Discogs results. */
public final class OwnershipQuery {
    private final Jdbi jdbi;

    public OwnershipQuery(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public record Marks(boolean owned, boolean wanted) {
        public static final Marks NONE = new Marks(false, false);
    }

    public Map<Long, Marks> marks(Collection<Long> releaseIds) {
        Map<Long, Marks> marks = new HashMap<>();
        if (releaseIds.isEmpty()) {
            return marks;
        }
        jdbi.useHandle(h -> {
            List<Long> owned = h.createQuery("SELECT DISTINCT release_id FROM collection_items WHERE release_id IN (<ids>)")
                    .bindList("ids", List.copyOf(releaseIds)).mapTo(Long.class).list();
            List<Long> wanted = h.createQuery("SELECT release_id FROM wants WHERE release_id IN (<ids>)")
                    .bindList("ids", List.copyOf(releaseIds)).mapTo(Long.class).list();
            for (Long id : releaseIds) {
                marks.put(id, new Marks(owned.contains(id), wanted.contains(id)));
            }
        });
        return marks;
    }
}
