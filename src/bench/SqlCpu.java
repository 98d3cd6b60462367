// The CPU time of SQL statements, SQLite's native work included (thread CPU, after two warm-up runs), as a shared box
// cannot give wall times: java -cp target/spindle.jar src/bench/SqlCpu.java DB REPETITIONS "SQL" …
import java.sql.*;
import java.lang.management.*;
public class SqlCpu {
    public static void main(String[] a) throws Exception {
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        int reps = Integer.parseInt(a[1]);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + a[0] + "?mode=ro")) {
            for (int i = 2; i < a.length; i++) {
                String out = "";
                for (int w = 0; w < 2; w++) out = run(c, a[i]);
                long t = tm.getCurrentThreadCpuTime();
                for (int r = 0; r < reps; r++) out = run(c, a[i]);
                double ms = (tm.getCurrentThreadCpuTime() - t) / 1e6 / reps;
                System.out.printf("%8.2f ms  %s  -> %s%n", ms, a[i].length() > 150 ? a[i].substring(0, 150) : a[i], out.length() > 60 ? out.substring(0, 60) : out);
            }
        }
    }
    static String run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            StringBuilder b = new StringBuilder(); int n = 0;
            while (rs.next()) { if (n++ < 3) b.append(rs.getString(1)).append(' '); }
            return b.append("(" + n + " rows)").toString();
        }
    }
}
