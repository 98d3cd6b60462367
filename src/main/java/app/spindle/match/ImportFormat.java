package app.spindle.match;

import java.util.Locale;

/** What kind of file a batch was read from, as {@code match_batches.format} stores it. */
public enum ImportFormat {
    CSV, M3U, REKORDBOX, LINES;

    /** The stored word; an unknown word is a damaged row, not a new format. */
    public static ImportFormat ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "pasted lines", "CSV file": where a batch came from, as its page says it. */
    public String described() {
        return this == LINES ? "pasted lines" : name() + " file";
    }
}
