package app.spindle.web.release;

import app.spindle.web.BadRequest;
import java.util.Arrays;

/** What the release page's want form asks for: the {@code op} words and what the panel says once Discogs has it. */
enum WantChange {
    ADD("add", "Added to your wantlist on Discogs."),
    RESTORE("restore", "Added to your wantlist on Discogs."),
    REMOVE("remove", "Removed from your wantlist on Discogs."),
    SAVE("save", "Saved your want on Discogs.");

    private final String word;
    private final String done;

    WantChange(String word, String done) {
        this.word = word;
        this.done = done;
    }

    static WantChange of(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst()
                .orElseThrow(() -> new BadRequest("Say what to do with the want: add, save or remove."));
    }

    String word() {
        return word;
    }

    String done() {
        return done;
    }
}
