package app.spindle.web.match;

import app.spindle.match.TrackState;
import app.spindle.web.Params;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The result filters of a batch page: all ({@code state} null), or one track state, with the words the page uses. */
public record StateFilter(TrackState state, String label, int count, boolean active, String href) {

    /** Shown even when none of the batch's tracks is in them, so that the page's filters stay put. */
    static final List<TrackState> ALWAYS_SHOWN = List.of(TrackState.OWNED, TrackState.FOUND, TrackState.AMBIGUOUS,
            TrackState.NONE);

    static final String OWNED = "Owned";
    static final String WANTED = "Wanted";
    static final String ON_DISCOGS_ONLY = "On Discogs only";
    static final String NOT_FOUND = "Not found";

    /** The one set of words for where a track stands, used by the filters, the badges and each candidate. */
    static String label(TrackState state) {
        if (state == null) {
            return "All";
        }
        return switch (state) {
            case OWNED -> OWNED;
            case FOUND -> ON_DISCOGS_ONLY;
            case AMBIGUOUS -> "Unsure";
            case NONE -> NOT_FOUND;
            case PENDING -> "Waiting";
            case FAILED -> "Failed";
        };
    }

    /** The state asked for in {@code ?state=}, or null for all (no state: the "All" filter links none); anything else is a 400. */
    static TrackState parse(String raw) {
        return Params.word(raw, TrackState.values(), TrackState::word, null, "Filter by one of "
                + Arrays.stream(TrackState.values()).map(TrackState::word).collect(Collectors.joining(", "))
                + ", or give no state for all.");
    }
}
