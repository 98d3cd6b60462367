// Rebuilds the full-text index of a mirror as ReleaseIndexes.build does, with FTS5 options given, and prints the
// building thread's CPU (SQLite runs on it) and the index's size. Run it on a copy:
//   java -cp target/spindle.jar src/bench/FtsBuild.java COPY.db ["PRAGMA secure_delete = 1"] [hashsize=67108864] [automerge=8] [optimize]
// (the mirror's connections run with secure_delete on: pass it for the figure an import gets)
import app.spindle.mirror.SearchIndex;
import java.lang.management.ManagementFactory;
import java.sql.*;
public class FtsBuild {
    public static void main(String[] a) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + a[0]); Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size = -65536");
            s.execute("PRAGMA temp_store = MEMORY");
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            s.execute("BEGIN");
            boolean optimize = false;
            for (int i = 1; i < a.length; i++) {
                if (a[i].equals("optimize")) { optimize = true; continue; }
                if (a[i].startsWith("PRAGMA")) { s.execute("COMMIT"); s.execute(a[i]); s.execute("BEGIN"); continue; }
                String[] kv = a[i].split("=");
                s.execute("INSERT INTO release_search (release_search, rank) VALUES ('" + kv[0] + "', " + kv[1] + ")");
            }
            s.execute("INSERT INTO release_search (release_search) VALUES ('delete-all')");
            s.execute(SearchIndex.REINDEX.substring(0, SearchIndex.REINDEX.lastIndexOf(" WHERE r.id")));
            if (optimize) s.execute("INSERT INTO release_search (release_search) VALUES ('optimize')");
            s.execute("COMMIT");
            System.out.printf("%s: thread CPU %.1f s, wall %.1f s%n", String.join(" ", a),
                    (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9);
            try (ResultSet rs = s.executeQuery("SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE 'release_search%' GROUP BY name")) {
                while (rs.next()) System.out.println("  " + rs.getString(1) + " " + rs.getLong(2) / 1_000_000.0 + " MB");
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM release_search_data")) { rs.next(); System.out.println("  data blocks " + rs.getLong(1)); }
        }
    }
}
