package app.spindle.match;

import java.util.Locale;

/**
 * Where a track of a batch stands, as {@code match_tracks.state} stores it: waiting to be matched, matching
 * failed (Discogs could not be asked), or what matching concluded ({@link MatchState}).
 */
public enum TrackState {
    OWNED, FOUND, AMBIGUOUS, NONE, PENDING, FAILED;

    public static TrackState of(MatchState concluded) {
        return valueOf(concluded.name());
    }

    /** The stored word; an unknown word is a damaged row, not a new state. */
    public static TrackState ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
