package app.spindle.match;

import java.util.Locale;

/** How a wantlist addition asked for in bulk went, as {@code match_candidates.want_state} stores it. */
public enum WantState {
    PENDING, ADDED, FAILED;

    /** The stored word, or null when nothing was asked; an unknown word is a damaged row. */
    public static WantState ofWord(String word) {
        return word == null ? null : valueOf(word.toUpperCase(Locale.ROOT));
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
