// Runs SQL against a SQLite file and prints rows and timings: java -cp target/spindle.jar src/bench/Sql.java DB "SQL" …
import java.sql.*;
public class Sql {
    public static void main(String[] a) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + a[0])) {
            for (int i = 1; i < a.length; i++) {
                long t = System.nanoTime();
                try (Statement s = c.createStatement()) {
                    if (s.execute(a[i])) {
                        ResultSet rs = s.getResultSet(); int n = rs.getMetaData().getColumnCount();
                        while (rs.next()) { StringBuilder b = new StringBuilder(); for (int k = 1; k <= n; k++) b.append(rs.getString(k)).append(k < n ? " | " : ""); System.out.println(b); }
                    }
                }
                System.out.printf("-- %.2f s: %s%n", (System.nanoTime() - t) / 1e9, a[i].length() > 80 ? a[i].substring(0, 80) : a[i]);
            }
        }
    }
}
