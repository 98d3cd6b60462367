package app.spindle.web.match;

import app.spindle.match.PressingDetails;
import app.spindle.web.Paths;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * What the mirror knows about candidate releases right now, for showing them: the locally cached cover,
 * whether the release page exists, and whether it is owned or wanted (a want added since matching counts).
 */
final class MirrorMarks {
    private final Jdbi jdbi;
    private final PressingDetails details;

    MirrorMarks(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.details = new PressingDetails(jdbi);
    }

    /** {@code extras}: community counts and a runout inscription, for comparing pressings. */
    record Marks(Map<Long, String> covers, Set<Long> mirrored, Set<Long> owned, Set<Long> wanted,
                 Map<Long, PressingDetails.Extras> extras) {
        static final Marks NONE = new Marks(Map.of(), Set.of(), Set.of(), Set.of(), Map.of());

        String cover(long id) {
            return covers.get(id);
        }

        PressingDetails.Extras extras(long id) {
            return extras.getOrDefault(id, PressingDetails.Extras.NONE);
        }
    }

    Marks of(Collection<Long> releaseIds) {
        if (releaseIds.isEmpty()) {
            return Marks.NONE;
        }
        List<Long> ids = List.copyOf(new HashSet<>(releaseIds));
        Map<Long, PressingDetails.Extras> extras = details.of(ids);
        return jdbi.withHandle(h -> {
            Map<Long, String> covers = new HashMap<>();
            h.createQuery("SELECT release_id, local_file FROM cover_images WHERE local_file IS NOT NULL AND release_id IN (<ids>)")
                    .bindList("ids", ids).map((rs, ctx) -> Map.entry(rs.getLong(1), Paths.imageUrl(rs.getString(2))))
                    .forEach(e -> covers.put(e.getKey(), e.getValue()));
            Set<Long> mirrored = new HashSet<>(h.createQuery("SELECT id FROM releases WHERE id IN (<ids>)")
                    .bindList("ids", ids).mapTo(Long.class).list());
            Set<Long> owned = new HashSet<>(h.createQuery("SELECT DISTINCT release_id FROM collection_items WHERE release_id IN (<ids>)")
                    .bindList("ids", ids).mapTo(Long.class).list());
            Set<Long> wanted = new HashSet<>(h.createQuery("SELECT release_id FROM wants WHERE release_id IN (<ids>)")
                    .bindList("ids", ids).mapTo(Long.class).list());
            return new Marks(covers, mirrored, owned, wanted, extras);
        });
    }
}
