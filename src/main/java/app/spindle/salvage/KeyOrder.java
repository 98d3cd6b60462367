package app.spindle.salvage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The order a damaged table is read in, and how to find a place in it again: its rowid, or the primary key of a
 * table without rowids. Every query selects the key first, then the copied columns.
 */
record KeyOrder(String table, List<String> key, String columns) {
    int width() {
        return key.size();
    }

    /** The rows after {@code last} in key order (all rows when {@code last} is null). */
    String scanAfter(Object[] last) {
        String after = last == null ? "" : " WHERE (" + keys() + ") > ("
                + key.stream().map(k -> "?").collect(Collectors.joining(", ")) + ")";
        return select() + after + " ORDER BY " + keys();
    }

    void bind(PreparedStatement statement, Object[] last) throws SQLException {
        for (int i = 0; last != null && i < last.length; i++) {
            statement.setObject(i + 1, last[i]);
        }
    }

    /** The rows of one value of the key's first column: a seek, where a scan would pass every page before it. */
    String rowsOf() {
        return select() + " WHERE " + quoted(key.get(0)) + " = ? ORDER BY " + keys();
    }

    String largestFirst() {
        return "SELECT max(" + quoted(key.get(0)) + ") FROM " + table;
    }

    Object[] keyOf(ResultSet rs) throws SQLException {
        Object[] values = new Object[key.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rs.getObject(i + 1);
        }
        return values;
    }

    /** The first key value as a number to count on from, or -1 when it is not one (such a key cannot be probed). */
    long firstAsNumber(Object[] last) {
        return last[0] instanceof Number n ? n.longValue() : -1;
    }

    private String select() {
        return "SELECT " + keys() + ", " + columns + " FROM " + table;
    }

    private String keys() {
        return key.stream().map(KeyOrder::quoted).collect(Collectors.joining(", "));
    }

    private static String quoted(String column) {
        return column.equals("rowid") ? column : "\"" + column + "\"";
    }
}
