package app.spindle.mirror;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The queue of releases whose details are due. */
public interface ReleaseRepository {

    /** Releases that the collection or wantlist refer to and whose details were never fetched, by id. */
    @SqlQuery("""
            SELECT r.id FROM releases r
            WHERE r.details_fetched_at IS NULL
              AND (EXISTS (SELECT 1 FROM collection_items c WHERE c.release_id = r.id)
                   OR EXISTS (SELECT 1 FROM wants w WHERE w.release_id = r.id))
            ORDER BY r.id LIMIT :limit
            """)
    List<Long> missingDetails(@Bind("limit") int limit);

    /**
     * Referenced or browsed releases whose details were fetched before {@code before}, oldest first. Found from
     * the releases referred to, each looked up by id: a mirror of the whole catalogue holds a million others.
     */
    @SqlQuery("""
            SELECT r.id FROM releases r
            WHERE r.id IN (SELECT release_id FROM collection_items UNION SELECT release_id FROM wants
                           UNION SELECT release_id FROM browsed_releases)
              AND r.details_fetched_at < :before
            ORDER BY r.details_fetched_at, r.id LIMIT :limit
            """)
    List<Long> staleDetails(@Bind("before") String before, @Bind("limit") int limit);

    @SqlQuery("""
            SELECT count(*) FROM releases r
            WHERE EXISTS (SELECT 1 FROM collection_items c WHERE c.release_id = r.id)
               OR EXISTS (SELECT 1 FROM wants w WHERE w.release_id = r.id)
            """)
    long referencedCount();
}
