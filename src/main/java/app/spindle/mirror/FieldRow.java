package app.spindle.mirror;

import app.spindle.discogs.model.FieldType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A custom collection field; {@code options} is a JSON array for dropdowns. */
public record FieldRow(int id, String name, FieldType type, Integer position, boolean isPublic, String options,
        Integer lines) {

    /** A field with a fixed list of values, rather than free text. */
    public boolean isDropdown() {
        return FieldType.DROPDOWN.equals(type);
    }

    public List<String> optionList() {
        return JsonStrings.read(options);
    }

    /** Reads the stored word of a field's type back into its type. */
    public static final class TypeColumn implements ColumnMapper<FieldType> {
        @Override
        public FieldType map(ResultSet r, int column, StatementContext ctx) throws SQLException {
            return FieldType.of(r.getString(column));
        }
    }
}
