package app.spindle.hardening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The numbers the hardening tests print for BENCHMARKS.md, on lines starting "HARDENING". */
final class HardeningReport {
    private HardeningReport() {
    }

    static void print(String what, String value) {
        System.out.println("HARDENING " + what + ": " + value);
    }

    static String integrity(Jdbi jdbi) {
        List<String> lines = jdbi.withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).list());
        return String.join("; ", lines);
    }

    /** Rows of {@code expected} that {@code actual} does not hold (duplicates count). */
    static long missingRows(Map<String, List<String>> expected, Map<String, List<String>> actual) {
        long missing = 0;
        for (Map.Entry<String, List<String>> table : expected.entrySet()) {
            Map<String, Integer> left = new HashMap<>();
            actual.getOrDefault(table.getKey(), List.of()).forEach(row -> left.merge(row, 1, Integer::sum));
            for (String row : table.getValue()) {
                if (left.merge(row, -1, Integer::sum) < 0) {
                    missing++;
                }
            }
        }
        return missing;
    }
}
