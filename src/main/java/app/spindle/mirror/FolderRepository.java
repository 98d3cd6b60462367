package app.spindle.mirror;

import app.spindle.discogs.model.DiscogsField;
import app.spindle.discogs.model.DiscogsFolder;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Collection folders and custom fields, replaced whole from each listing (Discogs sends all of them at once). */
public interface FolderRepository {

    @SqlQuery("SELECT id, name, item_count FROM collection_folders ORDER BY id = 0 DESC, name, id")
    @RegisterConstructorMapper(FolderRow.class)
    List<FolderRow> folders();

    @SqlQuery("SELECT id, name, type, position, public AS is_public, options, lines FROM collection_fields ORDER BY position, id")
    @RegisterConstructorMapper(FieldRow.class)
    @RegisterColumnMapper(FieldRow.TypeColumn.class)
    List<FieldRow> fields();

    @SqlQuery("SELECT id FROM collection_fields WHERE name = :name ORDER BY id LIMIT 1")
    Optional<Integer> fieldNamed(@Bind("name") String name);

    @SqlUpdate("DELETE FROM collection_folders")
    void deleteFolders();

    @SqlUpdate("INSERT INTO collection_folders (id, name, item_count) VALUES (:id, :name, :count)")
    void insertFolder(@Bind("id") long id, @Bind("name") String name, @Bind("count") long count);

    @SqlUpdate("DELETE FROM collection_fields")
    void deleteFields();

    @SqlUpdate("""
            INSERT INTO collection_fields (id, name, type, position, public, options, lines)
            VALUES (:id, :name, :type, :position, :isPublic, :options, :lines)
            """)
    void insertField(@Bind("id") int id, @Bind("name") String name, @Bind("type") String type,
            @Bind("position") int position, @Bind("isPublic") boolean isPublic, @Bind("options") String options,
            @Bind("lines") Integer lines);

    @Transaction
    default void replaceFolders(List<DiscogsFolder> folders) {
        deleteFolders();
        for (DiscogsFolder f : folders) {
            insertFolder(f.id(), f.name() == null ? "" : f.name(), f.count());
        }
    }

    @Transaction
    default void replaceFields(List<DiscogsField> fields) {
        deleteFields();
        for (DiscogsField f : fields) {
            insertField(f.id(), f.name() == null ? "" : f.name(),
                    f.type() == null ? null : f.type().word(), f.position(), f.isPublic(),
                    JsonStrings.write(f.options()), f.lines());
        }
    }
}
