package app.spindle.web.shelf;

/**
 * A bulk change under way: polled every second ({@code pollUrl}) until every action is done or failed; then
 * it says how it ended, and links to the Actions page when some could not apply.
 */
public record BulkProgressView(String pollUrl, String message, int done, int total, String waiting, String actionsUrl,
                               String reloadUrl) {
}
