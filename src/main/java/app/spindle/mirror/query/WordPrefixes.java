package app.spindle.mirror.query;

import app.spindle.mirror.SearchKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words someone typed, each to be found as the start of a word of a text, the way the full-text
 * index finds them (lower case, accents ignored, words cut at anything but letters and digits): "lo"
 * finds "Lola" and "Löwe", not "Hello"; a one-letter word glued to another by a hyphen, dot or apostrophe
 * must be a whole word, as {@link FtsQuery} asks the index ("take-b" finds "Take B", not "Take Bossa").
 * Lets a search check one track after the index picked its record.
 */
final class WordPrefixes {
    private final List<FtsQuery.Word> words;

    private WordPrefixes(List<FtsQuery.Word> words) {
        this.words = words;
    }

    static WordPrefixes of(String typed) {
        List<FtsQuery.Word> words = new ArrayList<>();
        for (FtsQuery.Word word : FtsQuery.typed(typed)) {
            List<String> parts = split(word.text());
            for (String part : parts) {
                words.add(new FtsQuery.Word(part, word.whole() && parts.size() == 1));
            }
        }
        return new WordPrefixes(words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether every typed word starts one of these words, or is one where it must be whole (the words of a text, from {@link #split}). */
    boolean allFoundIn(List<String> theirs, List<String> more) {
        for (FtsQuery.Word word : words) {
            if (!foundIn(theirs, word) && !foundIn(more, word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean foundIn(List<String> theirs, FtsQuery.Word word) {
        for (String w : theirs) {
            if (word.whole() ? w.equals(word.text()) : w.startsWith(word.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A text's words as the index cuts them (null is no text). A page of tracks splits thousands of texts,
     * so the words are cut by hand rather than by a regular expression, and plain ASCII skips the accents.
     */
    static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String lower = (isAscii(text) ? text : SearchKeys.withoutAccents(text)).toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (SearchKeys.isWordPart(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                found.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            found.add(lower.substring(start));
        }
        return found;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
