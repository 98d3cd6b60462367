package app.spindle.dump;

import app.spindle.testing.Folders;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * What one SQLite writer pays per row, by the shape of the insert: rows shaped like {@code tracks} (the largest
 * table of an imported catalogue) into a fresh file, one row per statement against {@code ROWS} rows per
 * multi-row statement, at 4 KB and 16 KB pages. Prints the writer thread's CPU per million rows.
 * {@code src/bench/run.sh app.spindle.dump.InsertShapes 2000000}
 */
public final class InsertShapes {
    private InsertShapes() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        for (int pageSize : new int[] {4096, 16384}) {
            for (int perStatement : new int[] {1, 16}) {
                for (boolean typed : new boolean[] {false, true}) {
                    if (perStatement > 1 && !typed) {
                        continue;
                    }
                    double cpu = run(rows, pageSize, perStatement, typed);
                    System.out.printf("page %5d B, %2d rows a statement, %s binds: %.2f s CPU per million rows%n",
                            pageSize, perStatement, typed ? "typed " : "object", cpu * 1_000_000 / rows);
                }
            }
        }
    }

    private static double run(long rows, int pageSize, int perStatement, boolean typed) throws Exception {
        Path dir = Folders.temporary("shapes");
        Path file = dir.resolve("t.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA page_size = " + pageSize);
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA cache_size = -65536");
                s.execute("""
                        CREATE TABLE tracks (release_id INTEGER NOT NULL, seq INTEGER NOT NULL, parent_seq INTEGER,
                            position TEXT, side TEXT, type TEXT, title TEXT, duration TEXT, duration_seconds INTEGER,
                            PRIMARY KEY (release_id, seq)) WITHOUT ROWID""");
            }
            StringBuilder sql = new StringBuilder("INSERT INTO tracks VALUES ");
            for (int i = 0; i < perStatement; i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
            }
            c.setAutoCommit(false);
            long started = cpu();
            try (PreparedStatement p = c.prepareStatement(sql.toString())) {
                int inStatement = 0;
                for (long n = 0; n < rows; n++) {
                    long release = n / 10;
                    int seq = (int) (n % 10);
                    int at = inStatement * 9;
                    if (typed) {
                        p.setLong(at + 1, release);
                        p.setInt(at + 2, seq);
                        p.setNull(at + 3, java.sql.Types.NULL);
                        p.setString(at + 4, "A" + seq);
                        p.setString(at + 5, "A");
                        p.setString(at + 6, "track");
                        p.setString(at + 7, "The Title Of Track Number " + seq);
                        p.setString(at + 8, "4:3" + seq);
                        p.setInt(at + 9, 270 + seq);
                    } else {
                        Object[] values = {release, seq, null, "A" + seq, "A", "track", "The Title Of Track Number " + seq,
                                "4:3" + seq, 270 + seq};
                        for (int i = 0; i < values.length; i++) {
                            if (values[i] == null) {
                                p.setNull(at + i + 1, java.sql.Types.NULL);
                            } else {
                                p.setObject(at + i + 1, values[i]);
                            }
                        }
                    }
                    if (++inStatement == perStatement) {
                        p.executeUpdate();
                        inStatement = 0;
                    }
                    if (n % 80_000 == 79_999) {
                        c.commit();
                    }
                }
            }
            c.commit();
            double seconds = (cpu() - started) / 1e9;
            return seconds;
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(dir.resolve("t.db" + suffix));
            }
            Files.deleteIfExists(dir);
        }
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
