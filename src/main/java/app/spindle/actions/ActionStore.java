package app.spindle.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code actions} table: the queue's whole state, so a restarted process continues where it stopped. */
@RegisterRowMapper(ActionStore.Rows.class)
public interface ActionStore {

    @SqlUpdate("""
            INSERT INTO actions (kind, release_id, instance_id, folder_id, to_folder_id, field_id, rating, text, label,
                created_at)
            VALUES (:kindColumn, :releaseId, :instanceId, :folderId, :toFolderId, :fieldId, :rating, :text, :label, :at)
            """)
    @GetGeneratedKeys("id")
    long insert(@BindMethods Action action, @Bind("at") String at);

    @SqlQuery("SELECT * FROM actions WHERE id = :id")
    Optional<Action> find(@Bind("id") long id);

    /** The oldest action still to send: the queue goes strictly in order. */
    @SqlQuery("SELECT * FROM actions WHERE state = 'pending' ORDER BY id LIMIT 1")
    Optional<Action> head();

    @SqlQuery("SELECT * FROM actions WHERE state = 'pending' ORDER BY id")
    List<Action> pending();

    @SqlQuery("SELECT * FROM actions WHERE state = 'pending' AND release_id = :releaseId ORDER BY id")
    List<Action> pendingFor(@Bind("releaseId") long releaseId);

    /** Pending and failed first (they need attention), then the most recent others. */
    @SqlQuery("""
            SELECT * FROM actions WHERE state <> 'dismissed'
            ORDER BY state = 'failed' DESC, state = 'pending' DESC, id DESC LIMIT :limit
            """)
    List<Action> recent(@Bind("limit") int limit);

    @SqlQuery("SELECT count(*) FROM actions WHERE state = :state")
    int count(@Bind("state") String state);

    /** Written before the request goes out; sent_at and known_ids keep their first values. */
    @SqlUpdate("""
            UPDATE actions SET attempts = attempts + 1, sent_at = coalesce(sent_at, :at),
                known_ids = coalesce(known_ids, :knownIds)
            WHERE id = :id
            """)
    void markSending(@Bind("id") long id, @Bind("at") String at, @Bind("knownIds") String knownIds);

    @SqlUpdate("UPDATE actions SET state = 'done', finished_at = :at, result_id = :resultId, error = :note WHERE id = :id")
    void markDone(@Bind("id") long id, @Bind("at") String at, @Bind("resultId") Long resultId, @Bind("note") String note);

    @SqlUpdate("UPDATE actions SET error = :reason WHERE id = :id")
    void markWaiting(@Bind("id") long id, @Bind("reason") String reason);

    @SqlUpdate("UPDATE actions SET state = 'failed', finished_at = :at, error = :reason WHERE id = :id")
    void markFailed(@Bind("id") long id, @Bind("at") String at, @Bind("reason") String reason);

    @SqlUpdate("UPDATE actions SET state = 'pending', finished_at = NULL, error = NULL WHERE id = :id AND state = 'failed'")
    int retry(@Bind("id") long id);

    @SqlUpdate("UPDATE actions SET state = 'dismissed' WHERE id = :id AND state IN ('failed', 'done')")
    int dismiss(@Bind("id") long id);

    /** The copies earlier add_copy actions created: a replay must not take one of those for its own. */
    @SqlQuery("SELECT result_id FROM actions WHERE kind = :kind AND state = 'done' AND result_id IS NOT NULL AND release_id IS :releaseId")
    List<Long> createdBy(@Bind("kind") String kind, @Bind("releaseId") Long releaseId);

    final class Rows implements RowMapper<Action> {
        @Override
        public Action map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Action(rs.getLong("id"), ActionKind.of(rs.getString("kind")), nullableLong(rs, "release_id"),
                    nullableLong(rs, "instance_id"), nullableLong(rs, "folder_id"), nullableLong(rs, "to_folder_id"),
                    nullableInt(rs, "field_id"), nullableInt(rs, "rating"), rs.getString("text"), rs.getString("label"),
                    ActionState.of(rs.getString("state")), rs.getInt("attempts"), rs.getString("created_at"),
                    rs.getString("sent_at"), rs.getString("finished_at"), rs.getString("known_ids"),
                    nullableLong(rs, "result_id"), rs.getString("error"));
        }

        private static Long nullableLong(ResultSet rs, String column) throws SQLException {
            long value = rs.getLong(column);
            return rs.wasNull() ? null : value;
        }

        private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
            int value = rs.getInt(column);
            return rs.wasNull() ? null : value;
        }
    }
}
