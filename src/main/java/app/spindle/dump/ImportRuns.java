package app.spindle.dump;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code dump_imports} table: runs and their checkpoints. */
public interface ImportRuns {

    /** The latest run of this file (same path and size) in this mode that did not finish: the one to resume. */
    @SqlQuery("""
            SELECT * FROM dump_imports WHERE file = :file AND file_size = :size AND mode = :mode
            ORDER BY id DESC LIMIT 1
            """)
    @RegisterConstructorMapper(ImportRun.class)
    Optional<ImportRun> latest(@Bind("file") String file, @Bind("size") long size, @Bind("mode") String mode);

    @SqlQuery("SELECT * FROM dump_imports ORDER BY id DESC LIMIT 1")
    @RegisterConstructorMapper(ImportRun.class)
    Optional<ImportRun> newest();

    @SqlUpdate("""
            INSERT INTO dump_imports (file, file_size, kind, dump_date, mode, started_at, updated_at)
            VALUES (:file, :size, :kind, :date, :mode, :now, :now)
            """)
    @GetGeneratedKeys("id")
    long start(@Bind("file") String file, @Bind("size") long size, @Bind("kind") String kind,
            @Bind("date") String dumpDate, @Bind("mode") String mode, @Bind("now") String now);

    @SqlUpdate("UPDATE dump_imports SET outcome = 'running', error = NULL, finished_at = NULL, updated_at = :now WHERE id = :id")
    void resume(@Bind("id") long id, @Bind("now") String now);

    @SqlUpdate("""
            UPDATE dump_imports SET records_done = :done, last_id = :lastId, imported = :imported, updated_at = :now
            WHERE id = :id
            """)
    void checkpoint(@Bind("id") long id, @Bind("done") long recordsDone, @Bind("lastId") long lastId,
            @Bind("imported") long imported, @Bind("now") String now);

    @SqlUpdate("UPDATE dump_imports SET outcome = :outcome, error = :error, finished_at = :now, updated_at = :now WHERE id = :id")
    void finish(@Bind("id") long id, @Bind("outcome") String outcome, @Bind("error") String error, @Bind("now") String now);

    /** A run left 'running' by a process that died is interrupted; called before a new import starts. */
    @SqlUpdate("UPDATE dump_imports SET outcome = 'interrupted', finished_at = :now WHERE outcome = 'running'")
    void markInterrupted(@Bind("now") String now);
}
