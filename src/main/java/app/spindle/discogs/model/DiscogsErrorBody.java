package app.spindle.discogs.model;

/** The API's error body: {@code {"message": "..."}}. */
public record DiscogsErrorBody(String message) {
}
