package app.spindle.web.match;

import app.spindle.match.PressingDetails;
import app.spindle.mirror.query.OwnershipQuery;
import app.spindle.web.Paths;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the mirror knows about candidate releases right now, for showing them: the locally cached cover,
 * whether the release page exists, and whether it is owned or wanted (a want added since matching counts).
 */
final class MirrorMarks {
    private final OwnershipQuery ownership;
    private final PressingDetails details;

    MirrorMarks(OwnershipQuery ownership, PressingDetails details) {
        this.ownership = ownership;
        this.details = details;
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
        OwnershipQuery.Known known = ownership.known(releaseIds);
        Map<Long, String> covers = new HashMap<>();
        known.coverFiles().forEach((id, file) -> covers.put(id, Paths.imageUrl(file)));
        return new Marks(covers, known.mirrored(), known.owned(), known.wanted(), details.of(List.copyOf(releaseIds)));
    }
}
