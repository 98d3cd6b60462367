package app.spindle.match;

import java.util.Locale;

/** Where a bulk batch stands, as {@code match_batches.state} stores it. */
public enum BatchState {
    QUEUED, RUNNING, DONE;

    /** The stored word; an unknown word is a damaged row, not a new state. */
    public static BatchState ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    public boolean unfinished() {
        return this != DONE;
    }
}
