package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spindle.actions.AccountEdits;
import app.spindle.actions.Action;
import app.spindle.actions.ActionQueue;
import app.spindle.actions.ActionState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void migration_8_adds_the_queue_to_a_database_made_by_the_migrations_before_it_and_keeps_its_data() {
        List<Migration> before = Migrations.all().stream().filter(m -> m.version() < 8).toList();
        Database old = Database.open(dir, before);
        old.jdbi().useHandle(h -> {
            h.execute("INSERT INTO collection_folders (id, name, item_count) VALUES (1, 'Uncategorized', 0), (7, 'Sevens', 0)");
            h.execute("INSERT INTO settings (key, value) VALUES ('account.username', 'digger')");
        });
        old.close();

        Database upgraded = Database.open(dir);
        assertEquals(Migrations.all().get(Migrations.all().size() - 1).version(), upgraded.schemaVersion());
        assertEquals(Integer.valueOf(2), upgraded.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM collection_folders")
                .mapTo(Integer.class).one()));
        assertEquals("digger", upgraded.jdbi().withHandle(h -> h.createQuery(
                "SELECT value FROM settings WHERE key = 'account.username'").mapTo(String.class).one()));
        AccountEdits edits = new AccountEdits(upgraded.jdbi(), new ActionQueue(upgraded.jdbi(), Clock.systemUTC(),
                new Mirror(upgraded, Clock.systemUTC()).listingWriter()));
        Action rename = edits.renameFolder(7, "Singles");
        assertEquals(ActionState.PENDING, rename.state());
        assertEquals("Singles", upgraded.jdbi().withHandle(h -> h.createQuery("SELECT name FROM collection_folders WHERE id = 7")
                .mapTo(String.class).one()));
        upgraded.close();
    }
}
