package app.spindle.web.search;

import app.spindle.web.Option;
import app.spindle.web.Params;
import java.util.Arrays;
import java.util.List;

/** What a search looks for; the {@code type} parameter's word, Discogs' own, is the name in lower case. */
public enum SearchType {
    RELEASE, MASTER;

    /** The parameter's value; missing is releases. */
    static SearchType of(String word) {
        return Params.word(word, values(), RELEASE, "Search for releases or masters (type=release or type=master).");
    }

    public String word() {
        return Params.lowerCase(this);
    }

    static List<Option> options(SearchType chosen) {
        return Arrays.stream(values()).map(t -> new Option(t.word(), t == RELEASE ? "Releases" : "Masters", t == chosen))
                .toList();
    }
}
