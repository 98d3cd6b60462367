package app.spindle.mirror;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Settings the user chose in the app, one string per key. */
public interface SettingsRepository {

    @SqlQuery("SELECT value FROM settings WHERE key = :key")
    Optional<String> get(@Bind("key") String key);

    @SqlUpdate("""
            INSERT INTO settings (key, value) VALUES (:key, :value)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value,
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            """)
    void put(@Bind("key") String key, @Bind("value") String value);

    @SqlUpdate("DELETE FROM settings WHERE key = :key")
    void delete(@Bind("key") String key);
}
