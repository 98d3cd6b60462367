package app.spindle.salvage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Copies one table out of a damaged database, row by row where it must: a scan in rowid order runs until
 * SQLite hits a damaged page, then single rows are looked up one rowid after another until one is readable
 * again, and the scan resumes after it. A table without rowids keeps what its scan read before the damage.
 */
final class TableCopy {
    /** How far past the last readable row to look when SQLite cannot say where the table ends. */
    private static final long BLIND_PROBES = 100_000;

    /** What came across: rows saved, rows that could not be read, rows the fresh database refused. */
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
        try {
            columns = columns(from);
            columns.retainAll(columns(to));
        } catch (SQLException e) {
            return Outcome.unreadable(table, e.getMessage());
        }
        if (columns.isEmpty()) {
            return Outcome.unreadable(table, "no readable columns");
        }
        String list = columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
        String insert = "INSERT OR REPLACE INTO " + table + " (" + list + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement into = to.prepareStatement(insert)) {
            if (hasRowids()) {
                copyByRowid(list, columns.size(), into);
            } else {
                copyScan(list, columns.size(), into);
            }
        } catch (SQLException e) {
            problem = e.getMessage();
        }
        return new Outcome(table, saved, unreadable, refused, problem);
    }

    private void copyScan(String list, int width, PreparedStatement into) {
        try (PreparedStatement scan = from.prepareStatement("SELECT " + list + " FROM " + table);
             ResultSet rs = scan.executeQuery()) {
            while (rs.next()) {
                keep(rs, 1, width, into);
            }
        } catch (SQLException e) {
            problem = e.getMessage();
        }
    }

    private void copyByRowid(String list, int width, PreparedStatement into) throws SQLException {
        Long end = lastRowid();
        long last = 0; // the tables salvaged number their rows from 1
        while (true) {
            try (PreparedStatement scan = from.prepareStatement(
                    "SELECT rowid, " + list + " FROM " + table + " WHERE rowid > ? ORDER BY rowid")) {
                scan.setLong(1, last);
                try (ResultSet rs = scan.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        keep(rs, 2, width, into);
                    }
                }
                return;
            } catch (SQLException damaged) {
                problem = damaged.getMessage();
            }
            Long found = probeAfter(last, end == null ? last + BLIND_PROBES : end, list, width, into);
            if (found == null) {
                return;
            }
            last = found;
        }
    }

    /**
     * Looks rowids up one at a time after {@code last}; the first one read is kept and returned. Each lookup has
     * its own statement: the driver closes a statement that met a damaged page.
     */
    private Long probeAfter(long last, long end, String list, int width, PreparedStatement into) throws SQLException {
        for (long rowid = last + 1; rowid <= end; rowid++) {
            try (PreparedStatement one = from.prepareStatement("SELECT " + list + " FROM " + table + " WHERE rowid = ?")) {
                one.setLong(1, rowid);
                try (ResultSet rs = one.executeQuery()) {
                    if (rs.next()) {
                        keep(rs, 1, width, into);
                        return rowid;
                    }
                }
            } catch (SQLException damaged) {
                unreadable++;
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

    private Long lastRowid() {
        try (PreparedStatement max = from.prepareStatement("SELECT max(rowid) FROM " + table);
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

    private List<String> columns(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement info = connection.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
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
