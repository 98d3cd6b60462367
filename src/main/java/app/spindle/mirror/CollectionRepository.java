package app.spindle.mirror;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The owned copies (collection items by instance id) and their custom field values. */
public interface CollectionRepository {

    @SqlQuery("SELECT instance_id FROM collection_items WHERE instance_id IN (<ids>)")
    List<Long> existing(@BindList("ids") List<Long> instanceIds);

    @SqlQuery("SELECT * FROM collection_items WHERE instance_id = :instanceId")
    @RegisterConstructorMapper(CollectionItemRow.class)
    Optional<CollectionItemRow> item(@Bind("instanceId") long instanceId);

    /** Your copies of one release, oldest first. */
    @SqlQuery("SELECT * FROM collection_items WHERE release_id = :releaseId ORDER BY added_at, instance_id")
    @RegisterConstructorMapper(CollectionItemRow.class)
    List<CollectionItemRow> copiesOf(@Bind("releaseId") long releaseId);

    @SqlQuery("SELECT field_id, value FROM collection_item_fields WHERE instance_id = :instanceId ORDER BY field_id")
    @KeyColumn("field_id")
    @ValueColumn("value")
    Map<Integer, String> fieldValues(@Bind("instanceId") long instanceId);

    /** The most recently added copies, as the probe compares them with Discogs's first page. */
    @SqlQuery("SELECT * FROM collection_items ORDER BY added_at DESC, instance_id DESC LIMIT :limit")
    @RegisterConstructorMapper(CollectionItemRow.class)
    List<CollectionItemRow> newest(@Bind("limit") int limit);

    @SqlQuery("SELECT count(*) FROM collection_items")
    long count();

    @SqlQuery("SELECT folder_id, count(*) AS n FROM collection_items GROUP BY folder_id")
    @KeyColumn("folder_id")
    @ValueColumn("n")
    Map<Long, Long> countsByFolder();

    /** After a complete listing by run {@code runId}: the copies it did not see are gone from Discogs. */
    @SqlUpdate("DELETE FROM collection_items WHERE listed_run_id IS NOT :runId")
    int removeNotListedBy(@Bind("runId") long runId);

    @SqlUpdate("DELETE FROM collection_items WHERE instance_id = :instanceId")
    int remove(@Bind("instanceId") long instanceId);

    @SqlUpdate("UPDATE collection_items SET rating = :rating WHERE instance_id = :instanceId")
    int setRating(@Bind("instanceId") long instanceId, @Bind("rating") int rating);

    @SqlUpdate("UPDATE collection_items SET folder_id = :folderId WHERE instance_id = :instanceId")
    int moveToFolder(@Bind("instanceId") long instanceId, @Bind("folderId") long folderId);
}
