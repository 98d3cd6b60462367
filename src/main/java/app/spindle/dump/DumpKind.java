package app.spindle.dump;

import java.util.Locale;

/** The four files of a Discogs monthly dump; each holds one root element with one child per record. */
public enum DumpKind {
    RELEASES("releases", "release"),
    MASTERS("masters", "master"),
    ARTISTS("artists", "artist"),
    LABELS("labels", "label");

    private final String root;
    private final String record;

    DumpKind(String root, String record) {
        this.root = root;
        this.record = record;
    }

    public String root() {
        return root;
    }

    public String record() {
        return record;
    }

    static DumpKind ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
