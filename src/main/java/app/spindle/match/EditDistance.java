package app.spindle.match;

/**
 * Levenshtein distance and Jaro-Winkler similarity of two strings, as Commons Text defines them, over arrays of the
 * strings' chars. Commons Text (1.13 on) compares through a generic per-character interface, boxing every char, and
 * with Spindle's C1-only JIT (run.sh) that was two thirds of scoring a candidate; {@code String.charAt}'s bounds checks
 * were a third of what was left (BENCHMARKS.md, "Matching a DJ library").
 * {@code EditDistanceTest} holds both to Commons Text's results.
 */
final class EditDistance {
    private EditDistance() {
    }

    /** Where each Latin-1 character stands in a pattern, as bits; all zero between calls. */
    private static final ThreadLocal<long[]> POSITIONS = ThreadLocal.withInitial(() -> new long[256]);

    /** The fewest single-character insertions, deletions and substitutions that turn one string into the other. */
    static int levenshtein(String a, String b) {
        char[] longer = (a.length() >= b.length() ? a : b).toCharArray();
        char[] shorter = (a.length() >= b.length() ? b : a).toCharArray();
        if (shorter.length == 0) {
            return longer.length;
        }
        int distance = shorter.length <= 64 ? bitParallel(shorter, longer) : -1;
        return distance >= 0 ? distance : table(shorter, longer);
    }

    /**
     * Myers' bit-vector algorithm (as Hyyrö writes it for the distance of two whole strings): a column of the
     * distance table is two 64-bit words of +1 and -1 steps, so each character of the longer string costs a dozen
     * word operations instead of a pass down the column. -1 when the pattern holds a character beyond Latin-1.
     */
    private static int bitParallel(char[] pattern, char[] text) {
        long[] positions = POSITIONS.get();
        int m = pattern.length;
        int filled = 0;
        while (filled < m && pattern[filled] <= 0xff) {
            positions[pattern[filled]] |= 1L << filled;
            filled++;
        }
        int distance = filled < m ? -1 : m;
        if (distance >= 0) {
            long last = 1L << (m - 1);
            long plus = -1L; // vertical steps of +1, one bit a row
            long minus = 0; // vertical steps of -1
            for (char c : text) {
                long equal = c <= 0xff ? positions[c] : 0; // the pattern holds no other character
                long xv = equal | minus;
                long xh = (((equal & plus) + plus) ^ plus) | equal;
                long horizontalPlus = minus | ~(xh | plus);
                long horizontalMinus = plus & xh;
                if ((horizontalPlus & last) != 0) {
                    distance++;
                } else if ((horizontalMinus & last) != 0) {
                    distance--;
                }
                horizontalPlus = (horizontalPlus << 1) | 1; // the first row grows by one each column
                horizontalMinus <<= 1;
                plus = horizontalMinus | ~(xv | horizontalPlus);
                minus = horizontalPlus & xv;
            }
        }
        for (int i = 0; i < filled; i++) {
            positions[pattern[i]] = 0;
        }
        return distance;
    }

    /** The whole table, row by row: for a shorter string beyond 64 characters or beyond Latin-1. */
    private static int table(char[] shorter, char[] longer) {
        int n = shorter.length;
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= longer.length; i++) {
            char c = longer[i - 1];
            current[0] = i;
            for (int j = 1; j <= n; j++) {
                int substitute = previous[j - 1] + (c == shorter[j - 1] ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[n];
    }

    /**
     * Jaro similarity (characters that match within half the longer length, less half the transposed ones), raised
     * by Winkler's bonus of 0.1 for each of up to four equal leading characters when it is 0.7 or more.
     */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        char[] longer = (a.length() > b.length() ? a : b).toCharArray();
        char[] shorter = (a.length() > b.length() ? b : a).toCharArray();
        int range = Math.max(longer.length / 2 - 1, 0);
        boolean[] taken = new boolean[longer.length];
        boolean[] matched = new boolean[shorter.length];
        int matches = 0;
        for (int i = 0; i < shorter.length; i++) {
            char c = shorter[i];
            for (int k = Math.max(i - range, 0), end = Math.min(i + range + 1, longer.length); k < end; k++) {
                if (!taken[k] && c == longer[k]) {
                    taken[k] = true;
                    matched[i] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int halfTranspositions = 0;
        for (int i = 0, k = 0; i < shorter.length; i++) {
            if (matched[i]) {
                while (!taken[k]) {
                    k++;
                }
                if (shorter[i] != longer[k]) {
                    halfTranspositions++;
                }
                k++;
            }
        }
        int prefix = 0;
        for (int i = 0; i < Math.min(4, shorter.length) && longer[i] == shorter[i]; i++) {
            prefix++;
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - halfTranspositions / 2.0) / m) / 3;
        return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1 - jaro);
    }
}
