package app.spindle.web.release;

import app.spindle.web.BadRequest;
import java.util.Locale;

/** What the release page's want form asks for: its {@code op} word is the name in lower case. */
enum WantChange {
    ADD, RESTORE, REMOVE, SAVE;

    static WantChange of(String word) {
        for (WantChange change : values()) {
            if (change.word().equals(word)) {
                return change;
            }
        }
        throw new BadRequest("Say what to do with the want: add, save or remove.");
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the panel says once Discogs has it. */
    String done() {
        return switch (this) {
            case ADD, RESTORE -> "Added to your wantlist on Discogs.";
            case REMOVE -> "Removed from your wantlist on Discogs.";
            case SAVE -> "Saved your want on Discogs.";
        };
    }
}
