package app.spindle.web.match;

import app.spindle.web.BadRequest;
import java.util.List;

/** The result filters of a batch page: all, or one match state, with the words the page uses. */
public record StateFilter(String key, String label, int count, boolean active) {

    static final List<String> KEYS = List.of("owned", "found", "ambiguous", "none", "pending", "failed");

    static final String OWNED = "Owned";
    static final String WANTED = "Wanted";
    static final String ON_DISCOGS_ONLY = "On Discogs only";
    static final String NOT_FOUND = "Not found";

    /** The one set of words for where a track stands, used by the filters, the badges and each candidate. */
    static String label(String state) {
        return switch (state) {
            case "owned" -> OWNED;
            case "found" -> ON_DISCOGS_ONLY;
            case "ambiguous" -> "Unsure";
            case "none" -> NOT_FOUND;
            case "pending" -> "Waiting";
            case "failed" -> "Failed";
            default -> "All";
        };
    }

    /** The state asked for in {@code ?state=}, or null for all; anything else is a 400. */
    static String parse(String raw) {
        if (raw == null || raw.isBlank() || raw.equals("all")) {
            return null;
        }
        if (!KEYS.contains(raw)) {
            throw new BadRequest("Filter by one of: all, " + String.join(", ", KEYS) + ".");
        }
        return raw;
    }
}
