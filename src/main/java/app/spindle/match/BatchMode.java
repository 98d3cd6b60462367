package app.spindle.match;

import java.util.Arrays;
import java.util.Optional;

/** Where a batch looks: the mirror alone, or the mirror first and then Discogs, as {@code match_batches.mode} stores it. */
public enum BatchMode {
    MIRROR("mirror", VinylMatcher.Mode.MIRROR_ONLY),
    DISCOGS("discogs", VinylMatcher.Mode.BACKGROUND);

    private final String word;
    private final VinylMatcher.Mode matcherMode;

    BatchMode(String word, VinylMatcher.Mode matcherMode) {
        this.word = word;
        this.matcherMode = matcherMode;
    }

    /** The form's and the table's word; empty for any other. */
    public static Optional<BatchMode> of(String word) {
        return Arrays.stream(values()).filter(m -> m.word.equals(word)).findFirst();
    }

    public String word() {
        return word;
    }

    public VinylMatcher.Mode matcherMode() {
        return matcherMode;
    }
}
