package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * A closed handle's SQLite connection is handed to the next handle, so the sync, the covers and the price pass do
 * not open and parse the schema again for every transaction; but only a connection as it was opened: none left in
 * a transaction, none whose settings were changed, none of a closed or refused database.
 */
class KeptConnectionsTest {
    @TempDir
    Path dir;

    @Test
    void the_next_handle_gets_the_connection_the_last_one_closed_and_sees_what_others_wrote_since() {
        try (Database db = Database.open(dir)) {
            Jdbi jdbi = db.jdbi();
            Connection first = jdbi.withHandle(Handle::getConnection);
            Connection second;
            try (Handle h = jdbi.open()) {
                second = h.getConnection();
                try (Handle other = jdbi.open()) {
                    assertNotSame(second, other.getConnection(), "two handles at once never share a connection");
                    other.execute("INSERT INTO settings(key, value) VALUES ('kept', 'yes')");
                }
                assertEquals("yes", h.createQuery("SELECT value FROM settings WHERE key = 'kept'").mapTo(String.class).one());
            }
            assertSame(first, second);
        }
    }

    @Test
    void a_connection_given_back_in_a_transaction_is_closed_not_handed_on() throws Exception {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + dir.resolve("plain.db"));
        KeptConnections connections = new KeptConnections(source);
        Connection inTransaction = connections.openConnection();
        inTransaction.setAutoCommit(false);
        connections.closeConnection(inTransaction);
        assertTrue(inTransaction.isClosed());
        Connection next = connections.openConnection();
        assertNotSame(inTransaction, next);
        assertTrue(next.getAutoCommit());
        connections.closeConnection(next);
        assertSame(next, connections.openConnection(), "a clean one is kept");
        connections.close();
        assertFalse(next.isClosed(), "one in use when the database closes is closed as it comes back");
        connections.closeConnection(next);
        assertTrue(next.isClosed());
    }

    @Test
    void a_connection_of_its_own_keeps_its_changed_settings_to_itself() throws Exception {
        try (Database db = Database.open(dir)) {
            Connection own = db.withOwnConnection(h -> {
                h.execute("PRAGMA foreign_keys = OFF");
                return h.getConnection();
            });
            assertTrue(own.isClosed());
            for (int i = 0; i < 3; i++) {
                int foreignKeys = db.jdbi().withHandle(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
                assertEquals(1, foreignKeys);
            }
        }
    }

    @Test
    void closing_the_database_closes_every_kept_connection_and_its_file() throws Exception {
        Database db = Database.open(dir);
        Connection kept = db.jdbi().withHandle(Handle::getConnection);
        assertFalse(kept.isClosed());
        db.close();
        assertTrue(kept.isClosed());
        assertEquals(List.of(), openFilesOf(dir));
    }

    @Test
    void a_database_too_new_to_open_is_not_held_open() throws IOException {
        Database.open(dir).close();
        Jdbi.create("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME)).useHandle(h -> h.execute("PRAGMA user_version = 999"));
        assertThrows(DatabaseTooNewException.class, () -> Database.open(dir));
        assertEquals(List.of(), openFilesOf(dir));
    }

    /** This process's open files in the folder (Linux's /proc/self/fd; empty elsewhere). */
    private static List<Path> openFilesOf(Path folder) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return List.of();
        }
        Path real = folder.toRealPath();
        try (Stream<Path> open = Files.list(fds)) {
            return open.flatMap(fd -> {
                try {
                    return Stream.of(Files.readSymbolicLink(fd));
                } catch (IOException | UnsupportedOperationException e) {
                    return Stream.empty(); // closed meanwhile (the listing's own descriptor)
                }
            }).filter(target -> target.startsWith(real)).toList();
        }
    }
}
