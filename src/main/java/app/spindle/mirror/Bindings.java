package app.spindle.mirror;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds a statement's values by their type as Jdbi does (a Boolean as 1 or 0), without the driver's setObject look-ups. */
public final class Bindings {
    private Bindings() {
    }

    public static void bind(PreparedStatement s, int at, Object v) throws SQLException {
        if (v == null) {
            s.setNull(at, Types.NULL);
        } else if (v instanceof String text) {
            s.setString(at, text);
        } else if (v instanceof Long n) {
            s.setLong(at, n);
        } else if (v instanceof Integer n) {
            s.setInt(at, n);
        } else if (v instanceof Boolean b) {
            s.setInt(at, b ? 1 : 0);
        } else if (v instanceof Double d) {
            s.setDouble(at, d);
        } else if (v instanceof byte[] bytes) {
            s.setBytes(at, bytes);
        } else {
            throw new IllegalArgumentException("no binding for " + v.getClass());
        }
    }
}
