package app.spindle.match;

import java.util.Arrays;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two folded strings are, 0 to 1: the mean of Jaro-Winkler (forgiving of typos at the end)
 * and a Levenshtein ratio (which keeps Jaro-Winkler from rating short unrelated strings highly),
 * also tried with the words sorted so "Heard Larry" meets "Larry Heard".
 */
final class TextSimilarity {

    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private final LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();

    double of(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        double direct = blend(a, b);
        String sortedA = sortedWords(a);
        String sortedB = sortedWords(b);
        if (sortedA.equals(sortedB)) {
            return Math.max(direct, 0.97);
        }
        return Math.max(direct, blend(sortedA, sortedB));
    }

    /** Without spaces too: "mr oizo" meets "mroizo", "day tripper" meets "daytripper". */
    double compact(String a, String b) {
        double spaced = of(a, b);
        if (spaced >= 1 || a == null || b == null) {
            return spaced;
        }
        String ca = a.replace(" ", "");
        String cb = b.replace(" ", "");
        return !ca.isEmpty() && ca.equals(cb) ? Math.max(spaced, 0.98) : spaced;
    }

    private double blend(String a, String b) {
        double jw = jaroWinkler.apply(a, b);
        double ratio = 1.0 - (double) levenshtein.apply(a, b) / Math.max(a.length(), b.length());
        return (jw + ratio) / 2;
    }

    private static String sortedWords(String s) {
        String[] words = s.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }
}
