package app.spindle.match;

/** The track of a candidate's tracklist that matched: position, vinyl side or CD disc (either may be null), title. */
public record TrackMatch(String position, String side, Integer disc, String title, double similarity) {
}
