package app.spindle.salvage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Copies one table out of a damaged database, row by row where it must: a scan in key order (rowid, or the
 * primary key of a table without rowids) runs until SQLite hits a damaged page; then the rows of one value of
 * the key's first column after another are looked up until one is readable again, and the scan resumes after
 * it. A lookup seeks through the table's B-tree, so it never passes the damaged page the scan fell on.
 */
final class TableCopy {
    /** How far past the last readable key to look when SQLite cannot say where the table ends. */
    private static final long BLIND_PROBES = 100_000;

    /** What came across: rows saved, rows (or keys) that could not be read, rows the fresh database refused. */
    record Outcome(String table, int saved, int unreadable, int refused, String problem) {
        static Outcome unreadable(String table, String problem) {
            return new Outcome(table, 0, 0, 0, problem);
        }
    }

    private final Connection from;
    private final Connection to;
    private final String table;
    private int saved;
    private int unreadable;
    private int refused;
    private String problem;

    TableCopy(Connection from, Connection to, String table) {
        this.from = from;
        this.to = to;
        this.table = table;
    }

    Outcome run() {
        List<String> columns;
        List<String> key;
        try {
            columns = columns(from);
            columns.retainAll(columns(to));
            key = hasRowids() ? List.of("rowid") : primaryKey();
        } catch (SQLException e) {
            return Outcome.unreadable(table, e.getMessage());
        }
        if (columns.isEmpty() || key.isEmpty()) {
            return Outcome.unreadable(table, "no readable columns");
        }
        String list = columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
        String insert = "INSERT OR REPLACE INTO " + table + " (" + list + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement into = to.prepareStatement(insert)) {
            copyInKeyOrder(new KeyOrder(table, key, list), columns.size(), into);
        } catch (SQLException e) {
            problem = e.getMessage();
        }
        return new Outcome(table, saved, unreadable, refused, problem);
    }

    private void copyInKeyOrder(KeyOrder order, int width, PreparedStatement into) throws SQLException {
        Long end = last(order);
        Object[] last = null;
        while (true) {
            try (PreparedStatement scan = from.prepareStatement(order.scanAfter(last))) {
                order.bind(scan, last);
                try (ResultSet rs = scan.executeQuery()) {
                    while (rs.next()) {
                        last = order.keyOf(rs);
                        keep(rs, order.width() + 1, width, into);
                    }
                }
                return;
            } catch (SQLException damaged) {
                problem = damaged.getMessage();
            }
            long after = last == null ? 0 : order.firstAsNumber(last); // the tables salvaged number keys from 1
            Object[] found = after < 0 ? null : probeAfter(order, after, end == null ? after + BLIND_PROBES : end, width, into);
            if (found == null) {
                return;
            }
            last = found;
        }
    }

    /**
     * Looks the rows of each value of the key's first column up, one value after another from {@code after + 1};
     * the first value that reads is kept and its last key returned. Each lookup has its own statement: the driver
     * closes a statement that met a damaged page.
     */
    private Object[] probeAfter(KeyOrder order, long after, long end, int width, PreparedStatement into) throws SQLException {
        for (long value = after + 1; value <= end; value++) {
            Object[] last = null;
            try (PreparedStatement one = from.prepareStatement(order.rowsOf())) {
                one.setLong(1, value);
                try (ResultSet rs = one.executeQuery()) {
                    while (rs.next()) {
                        last = order.keyOf(rs);
                        keep(rs, order.width() + 1, width, into);
                    }
                }
            } catch (SQLException damaged) {
                unreadable++;
                continue;
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    private void keep(ResultSet rs, int first, int width, PreparedStatement into) throws SQLException {
        for (int i = 0; i < width; i++) {
            into.setObject(i + 1, rs.getObject(first + i));
        }
        try {
            into.executeUpdate();
            saved++;
        } catch (SQLException refusedByTheFreshSchema) {
            refused++; // e.g. a match track whose batch could not be read
        }
    }

    /** The largest value of the key's first column, or null when that cannot be read. */
    private Long last(KeyOrder order) {
        try (PreparedStatement max = from.prepareStatement(order.largestFirst());
             ResultSet rs = max.executeQuery()) {
            long value = rs.getLong(1);
            return rs.wasNull() ? 0L : value;
        } catch (SQLException damaged) {
            return null;
        }
    }

    private boolean hasRowids() {
        try (PreparedStatement probe = from.prepareStatement("SELECT rowid FROM " + table + " LIMIT 0")) {
            probe.executeQuery().close();
            return true;
        } catch (SQLException withoutRowid) {
            return false;
        }
    }

    private List<String> primaryKey() throws SQLException {
        return names(from, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk");
    }

    private List<String> columns(Connection connection) throws SQLException {
        return names(connection, "SELECT name FROM pragma_table_info(?)");
    }

    private List<String> names(Connection connection, String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement info = connection.prepareStatement(query)) {
            info.setString(1, table);
            try (ResultSet rs = info.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
