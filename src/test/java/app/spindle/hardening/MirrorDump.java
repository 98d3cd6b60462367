package app.spindle.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Every row of every mirror table as sorted text lines, so two mirrors (or one mirror before and
 * after) can be compared exactly. The contentless search indexes are read through fts5vocab, and the
 * cached cover files are listed with a digest of their bytes.
 */
final class MirrorDump {
    /** Columns that only say when or in which run something happened. */
    private static final Set<String> WHEN_COLUMNS = Set.of("listed_run_id", "fetched_at", "last_try_at");

    private MirrorDump() {
    }

    /** The exact state: every column of every table, timestamps included (for "nothing changed"). */
    static TreeMap<String, List<String>> exact(Jdbi jdbi, Path dataDir) {
        return dump(jdbi, dataDir, true);
    }

    /**
     * What a sync produced, without timestamps, run ids and the sync_runs log: two syncs of the same
     * account compare equal whatever happened on the way.
     */
    static TreeMap<String, List<String>> content(Jdbi jdbi, Path dataDir) {
        return dump(jdbi, dataDir, false);
    }

    static String digest(TreeMap<String, List<String>> dump) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            dump.forEach((table, rows) -> {
                sha.update(table.getBytes(StandardCharsets.UTF_8));
                rows.forEach(row -> sha.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lines only in one of the two dumps, for a readable failure message. */
    static String difference(TreeMap<String, List<String>> expected, TreeMap<String, List<String>> actual) {
        StringBuilder out = new StringBuilder();
        Set<String> tables = new java.util.TreeSet<>(expected.keySet());
        tables.addAll(actual.keySet());
        for (String table : tables) {
            List<String> e = expected.getOrDefault(table, List.of());
            List<String> a = actual.getOrDefault(table, List.of());
            if (e.equals(a)) {
                continue;
            }
            List<String> missing = new ArrayList<>(e);
            missing.removeAll(a);
            List<String> extra = new ArrayList<>(a);
            extra.removeAll(e);
            out.append(table).append(": ").append(e.size()).append(" rows expected, ").append(a.size())
                    .append(" found; missing ").append(shorten(missing)).append("; extra ").append(shorten(extra)).append('\n');
        }
        return out.toString();
    }

    private static String shorten(List<String> lines) {
        return lines.size() <= 3 ? lines.toString() : lines.subList(0, 3) + " … (" + lines.size() + ")";
    }

    private static TreeMap<String, List<String>> dump(Jdbi jdbi, Path dataDir, boolean withTimestamps) {
        TreeMap<String, List<String>> out = new TreeMap<>();
        jdbi.useHandle(h -> {
            List<String> tables = h.createQuery("""
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                        AND name NOT LIKE 'release_search%' AND name NOT LIKE 'shelf_search%'
                      AND name <> 'match_search_cache' -- Discogs answers kept to save requests: a cache, not data
                    ORDER BY name""").mapTo(String.class).list();
            for (String table : tables) {
                if (!withTimestamps && table.equals("sync_runs")) {
                    continue;
                }
                out.put(table, rows(h, "SELECT * FROM \"" + table + "\"", withTimestamps));
            }
            for (String index : List.of("release_search", "shelf_search")) {
                h.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, " + index + ", instance)");
                out.put(index + " (terms)", rows(h, "SELECT term, doc, col, offset FROM temp.search_terms", true));
                h.execute("DROP TABLE temp.search_terms");
            }
        });
        out.put("files: images/", imageFiles(dataDir));
        return out;
    }

    private static List<String> rows(Handle h, String sql, boolean withTimestamps) {
        List<String> rows = h.createQuery(sql).map((ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) -> {
            ResultSetMetaData meta = rs.getMetaData();
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i);
                if (!withTimestamps && (column.endsWith("_at") || WHEN_COLUMNS.contains(column))) {
                    continue;
                }
                row.append(column).append('=').append(value(rs, i)).append(" | ");
            }
            return row.toString();
        }).list();
        List<String> sorted = new ArrayList<>(rows);
        sorted.sort(null);
        return sorted;
    }

    private static String value(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v instanceof byte[] bytes) {
            return "blob:" + sha256(bytes);
        }
        return String.valueOf(v);
    }

    private static List<String> imageFiles(Path dataDir) {
        Path images = dataDir.resolve("images");
        if (!Files.isDirectory(images)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(images)) {
            return files.sorted().map(f -> {
                try {
                    return f.getFileName() + " " + sha256(Files.readAllBytes(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
