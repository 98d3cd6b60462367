package app.spindle.match;

import java.util.Arrays;

/**
 * How alike two folded strings are, 0 to 1: the mean of Jaro-Winkler (forgiving of typos at the end)
 * and a Levenshtein ratio (which keeps Jaro-Winkler from rating short unrelated strings highly),
 * also tried with the words sorted so "Heard Larry" meets "Larry Heard". Below a blend of 0.4
 * strings have nothing in common ("Windowlicker" vs "Come To Daddy" blends 0.14, "Mr Fingers" vs
 * "Larry Heard" 0.39), so the blend is stretched from 0.4–1 to 0–1: unrelated fields score 0.
 *
 * <p>Character measures forgive a whole different word too easily ("Winter Feather Ritual" vs
 * "Silver Feather Ritual" blends 0.90), and a different word makes a different song; so for texts
 * of several words the blend is capped by the share of words that have a counterpart on the other
 * side (equal, or one typo away).
 */
final class TextSimilarity {

    private static final double NOISE = 0.4;

    double of(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        double direct = blend(a, b);
        // word order only matters when both have several words and the direct blend left room
        if (direct < 0.95 && a.indexOf(' ') > 0 && b.indexOf(' ') > 0) {
            String sortedA = sortedWords(a);
            String sortedB = sortedWords(b);
            if (sortedA.equals(sortedB)) {
                direct = Math.max(direct, 0.98);
            } else if (!sortedA.equals(a) || !sortedB.equals(b)) {
                direct = Math.max(direct, blend(sortedA, sortedB));
            }
        }
        if (direct > NOISE && (a.indexOf(' ') > 0 || b.indexOf(' ') > 0)) {
            direct = Math.min(direct, wordAgreement(a.split(" "), b.split(" ")));
        }
        return Math.max(0, (direct - NOISE) / (1 - NOISE));
    }

    /** The mean of the shares of each side's words found on the other side. */
    private double wordAgreement(String[] a, String[] b) {
        return (found(a, b) + found(b, a)) / 2;
    }

    private double found(String[] words, String[] in) {
        int found = 0;
        for (String w : words) {
            for (String other : in) {
                if (w.equals(other) || isTypo(w, other)) {
                    found++;
                    break;
                }
            }
        }
        return (double) found / words.length;
    }

    /**
     * One edit apart ("dsert" / "desert", "rai" / "rain", "secrte" / "secret": two neighbours swapped
     * count as one), two in long words; never in words under 3 letters.
     */
    private static boolean isTypo(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 3 || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        if (swappedNeighbours(a, b)) {
            return true;
        }
        return EditDistance.levenshtein(a, b) <= (shorter >= 8 ? 2 : 1);
    }

    private static boolean swappedNeighbours(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i < a.length() - 1 && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
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

    private static double blend(String a, String b) {
        double jw = EditDistance.jaroWinkler(a, b);
        double ratio = 1.0 - (double) EditDistance.levenshtein(a, b) / Math.max(a.length(), b.length());
        return (jw + ratio) / 2;
    }

    private static String sortedWords(String s) {
        String[] words = s.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }
}
