package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** Spindle's own loops give exactly Commons Text's distances and similarities, to the last bit of the double. */
class EditDistanceTest {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    @Test
    void the_same_as_commons_text_for_titles_typos_and_random_strings() {
        List<String[]> pairs = new ArrayList<>(List.of(
                new String[] {"", ""}, new String[] {"", "a"}, new String[] {"frog", "fog"}, new String[] {"fly", "ant"},
                new String[] {"elephant", "hippo"}, new String[] {"hello", "hallo"}, new String[] {"pennsylvania", "penncisylvnia"},
                new String[] {"windowlicker", "come to daddy"}, new String[] {"mr fingers", "larry heard"},
                new String[] {"winter feather ritual", "silver feather ritual"}, new String[] {"secrte", "secret"},
                new String[] {"dsert", "desert"}, new String[] {"mr oizo", "mroizo"}, new String[] {"aab", "aba"},
                new String[] {"löwe", "lowe"}, new String[] {"日本語の歌", "日本の歌"}));
        Random random = new Random(7);
        String[] alphabets = {"ab", "abc ", "abcdefghij klmno", "the quick brown fox jumps over lazy dog"};
        for (int i = 0; i < 20_000; i++) {
            String alphabet = alphabets[i % alphabets.length];
            pairs.add(new String[] {random(random, alphabet, 24), random(random, alphabet, 24)});
        }
        for (int i = 0; i < 3_000; i++) { // around and beyond 64 characters, the width of one machine word
            String alphabet = alphabets[i % alphabets.length] + (i % 7 == 0 ? "é日" : "");
            pairs.add(new String[] {random(random, alphabet, 90), random(random, alphabet, 90)});
        }
        for (String[] pair : pairs) {
            String a = pair[0];
            String b = pair[1];
            String both = "'" + a + "' / '" + b + "'";
            assertEquals(LEVENSHTEIN.apply(a, b), EditDistance.levenshtein(a, b), both);
            assertEquals(JARO_WINKLER.apply(a, b), EditDistance.jaroWinkler(a, b), 0.0, both);
            assertEquals(JARO_WINKLER.apply(b, a), EditDistance.jaroWinkler(b, a), 0.0, both);
        }
    }

    private static String random(Random random, String alphabet, int longest) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(longest + 1); n > 0; n--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
