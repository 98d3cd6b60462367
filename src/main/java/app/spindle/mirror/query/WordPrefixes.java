package app.spindle.mirror.query;

import app.spindle.mirror.SearchKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * The words someone typed, each to be found as the start of a word of a text, the way the full-text
 * index finds them (lower case, accents ignored, words cut at anything but letters and digits): "lo"
 * finds "Lola" and "Löwe", not "Hello". Lets a search check one track after the index picked its record.
 */
final class WordPrefixes {
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
        return text == null || text.isEmpty() ? List.of() : FtsQuery.words(SearchKeys.withoutAccents(text));
    }
}
