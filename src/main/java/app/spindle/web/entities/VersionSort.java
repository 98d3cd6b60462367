package app.spindle.web.entities;

import app.spindle.web.Option;
import app.spindle.web.Params;
import java.util.Arrays;
import java.util.List;

/** The orders a master's versions can be listed in: the {@code sort} parameter's words and what the select says. */
enum VersionSort {
    YEAR("year", "Oldest first"),
    YEAR_DESC("year-desc", "Newest first"),
    TITLE("title", "Title"),
    CATNO("catno", "Catalog number");

    private final String word;
    private final String label;

    VersionSort(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** The parameter's value; missing or blank is by year. */
    static VersionSort of(String word) {
        return Params.word(word, values(), VersionSort::word, YEAR, "Sort versions by year, year-desc, title or catno.");
    }

    /** The word of the parameter and of the mirror's list order. */
    String word() {
        return word;
    }

    static List<Option> options(VersionSort chosen) {
        return Arrays.stream(values()).map(s -> new Option(s.word, s.label, s == chosen)).toList();
    }
}
