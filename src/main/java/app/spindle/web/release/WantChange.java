package app.spindle.web.release;

import app.spindle.web.BadRequest;
import app.spindle.web.Params;

/** What the release page's want form asks for: its {@code op} word is the name in lower case. */
enum WantChange {
    ADD, RESTORE, REMOVE, SAVE;

    static WantChange of(String word) {
        String problem = "Say what to do with the want: add, save or remove.";
        return Params.optionalWord(word, values(), WantChange::word, problem).orElseThrow(() -> new BadRequest(problem));
    }

    String word() {
        return Params.lowerCase(this);
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
