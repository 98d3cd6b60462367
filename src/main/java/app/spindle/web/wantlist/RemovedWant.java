package app.spindle.web.wantlist;

/**
 * What takes a removed want's place: a note with an Undo button that re-adds it with its notes and
 * rating ({@code undoValues} is the JSON htmx sends along), or the reason it could not be removed.
 * {@code pending} says the change is queued because Discogs cannot take it right now.
 */
public record RemovedWant(String domId, String title, boolean list, String restoreUrl, String undoValues,
                          String error, String pending) {
}
