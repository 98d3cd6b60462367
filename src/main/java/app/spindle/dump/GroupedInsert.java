package app.spindle.dump;

import app.spindle.mirror.Bindings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/**
 * Inserts the rows of one table {@value #ROWS} to a statement ({@code INSERT … VALUES (…), (…), …}). One SQLite
 * writer pays more per statement (a JNI step, reset and change count, the program's start) than per row: rows shaped
 * like {@code tracks} cost 5.7 s of CPU a million one to a statement, 2.4 s sixteen to a statement
 * ({@code InsertShapes} in src/bench). Rows wait here until a statement is full; {@link #flush} writes the rest,
 * inside the same transaction, before its commit.
 */
final class GroupedInsert implements AutoCloseable {
    static final int ROWS = 16;

    private final PreparedStatement full;
    private final PreparedStatement single;
    private final int width;
    private final int perStatement;
    private final Object[] waiting;
    private int rows;

    GroupedInsert(Connection c, String insertInto, int width, int perStatement) throws SQLException {
        this.width = width;
        this.perStatement = perStatement;
        this.waiting = new Object[width * perStatement];
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        this.full = c.prepareStatement(insertInto + " VALUES " + String.join(", ", Collections.nCopies(perStatement, row)));
        this.single = c.prepareStatement(insertInto + " VALUES " + row);
    }

    /** Adds one row (its values in column order); a full statement goes to SQLite at once. */
    void add(Object... values) throws SQLException {
        System.arraycopy(values, 0, waiting, rows * width, width);
        if (++rows == perStatement) {
            bind(full, 0, perStatement);
            full.executeUpdate();
            rows = 0;
        }
    }

    /** Writes the rows still waiting, one to a statement. */
    void flush() throws SQLException {
        for (int r = 0; r < rows; r++) {
            bind(single, r, 1);
            single.executeUpdate();
        }
        rows = 0;
    }

    private void bind(PreparedStatement s, int firstRow, int count) throws SQLException {
        int from = firstRow * width;
        for (int i = 0; i < count * width; i++) {
            Bindings.bind(s, i + 1, waiting[from + i]);
            waiting[from + i] = null;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            full.close();
        } finally {
            single.close();
        }
    }
}
