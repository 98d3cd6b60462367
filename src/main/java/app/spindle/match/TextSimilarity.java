package app.spindle.match;

import java.util.Arrays;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two folded strings are, 0 to 1: the mean of Jaro-Winkler (forgiving of typos at the end)
 * and a Levenshtein ratio (which keeps Jaro-Winkler from rating short unrelated strings highly),
 * also tried with the words sorted so "Heard Larry" meets "Larry Heard". Below a blend of 0.4
 * strings have nothing in common ("Windowlicker" vs "Come To Daddy" blends 0.14, "Mr Fingers" vs
 * "Larry Heard" 0.39), so the blend is stretched from 0.4–1 to 0–1: unrelated fields score 0.
 */
final class TextSimilarity {

    private static final double NOISE = 0.4;

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
        double best = sortedA.equals(sortedB) ? Math.max(direct, 0.98) : Math.max(direct, blend(sortedA, sortedB));
        return Math.max(0, (best - NOISE) / (1 - NOISE));
    }

    /** Without spaces too: "mr oizo" meets "mroizo", "day tripper" meets "daytripper". */
    double compact(String a, String b) {
        double spaced = of(a, b);
        if (spaced >= 1 || a == null || b == null) {
            return spaced;
        }
        String ca = a.replace(" ", "");
        String cb = b.replace(" ", "");
        return !ca.isEmpty() && ca.equals(cb) ? Math.max(spaced, 0.97) : spaced;
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
