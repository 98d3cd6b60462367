package app.spindle.mirror.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words someone typed, each to be found as the start of a word of a text, the way the full-text
 * index finds them (lower case, accents ignored, words cut at anything but letters and digits): "lo"
 * finds "Lola" and "Löwe", not "Hello". Lets a search check one track after the index picked its record.
 */
final class WordPrefixes {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> words;

    private WordPrefixes(List<String> words) {
        this.words = words;
    }

    static WordPrefixes of(String typed) {
        return new WordPrefixes(split(typed));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether every typed word starts a word of one of the texts (nulls are no text). */
    boolean allFoundIn(String... texts) {
        List<String> theirs = new ArrayList<>();
        for (String text : texts) {
            theirs.addAll(split(text));
        }
        for (String word : words) {
            if (theirs.stream().noneMatch(w -> w.startsWith(word))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        String plain = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        for (String word : NOT_WORD.split(plain)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
