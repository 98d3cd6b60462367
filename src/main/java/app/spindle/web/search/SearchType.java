package app.spindle.web.search;

import app.spindle.web.BadRequest;
import app.spindle.web.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a search looks for; the {@code type} parameter's word, Discogs' own, is the name in lower case. */
public enum SearchType {
    RELEASE, MASTER;

    /** The parameter's value; missing is releases. */
    static SearchType of(String word) {
        if (word == null) {
            return RELEASE;
        }
        return Arrays.stream(values()).filter(t -> t.word().equals(word)).findFirst()
                .orElseThrow(() -> new BadRequest("Search for releases or masters (type=release or type=master)."));
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<Option> options(SearchType chosen) {
        return Arrays.stream(values()).map(t -> new Option(t.word(), t == RELEASE ? "Releases" : "Masters", t == chosen))
                .toList();
    }
}
