package app.spindle.dump;

import app.spindle.mirror.Mirror;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * What an import leaves in the mirror's release tables, table by table: the row count and a sum of every
 * row's checksum, so two mirrors compare equal exactly when they hold the same rows, in any order.
 */
final class MirrorContents {
    static final List<String> TABLES = List.of("releases", "release_artists", "tracks", "track_artists",
            "release_labels", "release_formats", "release_identifiers", "release_genres", "release_styles",
            "release_images", "release_videos", "artists", "labels", "masters");
    /** Each release's search row, by its words per column (its {@code origin} counts the writes, so it is left out). */
    private static final String SEARCH_ROWS = "SELECT id, sz FROM release_search_docsize";

    private MirrorContents() {
    }

    static Map<String, String> of(Mirror mirror) {
        Map<String, String> tables = new LinkedHashMap<>();
        mirror.jdbi().useHandle(h -> {
            for (String table : TABLES) {
                tables.put(table, h.createQuery("SELECT * FROM " + table).scanResultSet((rs, ctx) -> summary(rs.get())));
            }
            tables.put("release_search", h.createQuery(SEARCH_ROWS).scanResultSet((rs, ctx) -> summary(rs.get())));
        });
        return tables;
    }

    private static String summary(ResultSet rs) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        long rows = 0;
        long sum = 0;
        CRC32 crc = new CRC32();
        while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
                row.append(rs.getString(i)).append('\u0001');
            }
            crc.reset();
            crc.update(row.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sum += crc.getValue();
            rows++;
        }
        return rows + " rows, checksum " + sum;
    }
}
