package app.spindle.web.search;

import app.spindle.web.BadRequest;
import app.spindle.web.Option;
import java.util.Arrays;
import java.util.List;

/** What a search looks for: the {@code type} parameter's words, Discogs' own, and what the select says. */
public enum SearchType {
    RELEASE("release", "Releases"),
    MASTER("master", "Masters");

    private final String word;
    private final String label;

    SearchType(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** The parameter's value; missing is releases. */
    static SearchType of(String word) {
        if (word == null) {
            return RELEASE;
        }
        return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst()
                .orElseThrow(() -> new BadRequest("Search for releases or masters (type=release or type=master)."));
    }

    public String word() {
        return word;
    }

    static List<Option> options(SearchType chosen) {
        return Arrays.stream(values()).map(t -> new Option(t.word, t.label, t == chosen)).toList();
    }
}
