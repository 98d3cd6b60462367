package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseIndexesTest {
    @TempDir
    Path dir;

    List<String> schema(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").mapTo(String.class).list());
    }

    @Test
    void the_deferred_indexes_are_exactly_the_migrations_own_and_come_back_the_same_after_a_bulk_load() {
        Database db = Database.open(dir);
        List<String> made = schema(db);
        for (String sql : ReleaseIndexes.DEFERRED) {
            assertTrue(made.contains(sql), sql + " is what the migrations create");
        }
        db.jdbi().useHandle(ReleaseIndexes::defer);
        assertTrue(db.jdbi().withHandle(ReleaseIndexes::deferred));
        assertEquals(made.size() - ReleaseIndexes.DEFERRED.size(), schema(db).size());

        db.jdbi().useHandle(ReleaseIndexes::build);
        assertFalse(db.jdbi().withHandle(ReleaseIndexes::deferred));
        assertEquals(made, schema(db).stream().map(s -> s.replace("CREATE INDEX IF NOT EXISTS ", "CREATE INDEX ")).toList());
    }
}
