package app.spindle.mirror;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The owned copies (collection items by instance id) and their custom field values. */
public interface CollectionRepository {

    @SqlUpdate("""
            INSERT INTO collection_items (instance_id, release_id, folder_id, rating, date_added, added_at,
                media_condition, sleeve_condition, sort_artist, sort_title, sort_label, sort_catno, year,
                format_name, format_size, listed_run_id)
            VALUES (:instanceId, :releaseId, :folderId, :rating, :dateAdded, :addedAt, :mediaCondition,
                :sleeveCondition, :keys.sortArtist, :keys.sortTitle, :keys.sortLabel, :keys.sortCatno, :keys.year,
                :keys.formatName, :keys.formatSize,
                :listedRunId)
            ON CONFLICT (instance_id) DO UPDATE SET release_id = excluded.release_id,
                folder_id = excluded.folder_id, rating = excluded.rating, date_added = excluded.date_added,
                added_at = excluded.added_at, media_condition = excluded.media_condition,
                sleeve_condition = excluded.sleeve_condition, sort_artist = excluded.sort_artist,
                sort_title = excluded.sort_title, sort_label = excluded.sort_label,
                sort_catno = excluded.sort_catno, year = excluded.year, format_name = excluded.format_name,
                format_size = excluded.format_size,
                listed_run_id = coalesce(excluded.listed_run_id, listed_run_id)
            """)
    void upsert(@BindMethods CollectionItemRow row);

    @SqlUpdate("DELETE FROM collection_item_fields WHERE instance_id = :instanceId")
    void deleteFieldValues(@Bind("instanceId") long instanceId);

    @SqlBatch("INSERT INTO collection_item_fields (instance_id, field_id, value) VALUES (:instanceId, :fieldId, :value)")
    void insertFieldValues(@Bind("instanceId") long instanceId, @Bind("fieldId") List<Integer> fieldIds,
            @Bind("value") List<String> values);

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
