package app.spindle.match;

import app.spindle.mirror.query.MirrorReads;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** What the mirror adds to a candidate for comparing pressings: community counts and a runout inscription. */
public final class PressingDetails {
    /** One release's extras; any part may be null. */
    public record Extras(Integer have, Integer want, String matrix) {
        public static final Extras NONE = new Extras(null, null, null);
    }

    private final MirrorReads reads;

    /** Read on the read side's kept-open connections: the match page shows them at every view. */
    public PressingDetails(MirrorReads reads) {
        this.reads = reads;
    }

    public Map<Long, Extras> of(Collection<Long> releaseIds) {
        if (releaseIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(new HashSet<>(releaseIds));
        return reads.with(h -> {
            Map<Long, String> matrices = new HashMap<>();
            h.createQuery("""
                    SELECT release_id, value FROM release_identifiers
                    WHERE type = 'Matrix / Runout' AND value <> '' AND release_id IN (<ids>)
                    ORDER BY release_id, position""")
                    .bindList("ids", ids).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> matrices.putIfAbsent(e.getKey(), e.getValue()));
            Map<Long, Extras> extras = new HashMap<>();
            h.createQuery("SELECT id, community_have, community_want FROM releases WHERE id IN (<ids>)")
                    .bindList("ids", ids)
                    .map((rs, ctx) -> new Object[] {rs.getLong(1), (Integer) rs.getObject(2), (Integer) rs.getObject(3)})
                    .forEach(row -> extras.put((Long) row[0], new Extras((Integer) row[1], (Integer) row[2], matrices.get((Long) row[0]))));
            return extras;
        });
    }
}
