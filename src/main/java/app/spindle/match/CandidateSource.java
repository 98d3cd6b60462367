package app.spindle.match;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a candidate came from: the mirror (its tracklist is known) or a Discogs search (no tracklist). Stored in
 * {@code match_candidates.source}, shown in {@code /api/match} and as the candidate's CSS class, and written in
 * JSON (the scoring cases) as its word.
 */
public enum CandidateSource {
    MIRROR, DISCOGS;

    /** The stored word; an unknown one is a damaged row. */
    @JsonCreator
    public static CandidateSource ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
