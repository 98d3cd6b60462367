package app.spindle.web.release;

import app.spindle.web.actions.UndoButton;
import java.util.List;

/**
 * The edit panel of a release page, swapped whole by htmx after each change: your copies with their rating,
 * folder and every collection field the account defines, adding a copy, and the want with its notes and rating.
 * {@code pending} lists what is queued for this release and not yet confirmed by Discogs; {@code undo}, after a
 * removal, puts the copy or want back.
 */
public record ReleaseActionsView(
        String domId,
        String copiesUrl,
        String wantUrl,
        List<CopyForm> copies,
        List<Choice> folders,
        boolean wanted,
        String wantNotes,
        int wantRating,
        List<String> pending,
        String message,
        String error,
        UndoButton undo) {

    public record CopyForm(long instanceId, String legend, String saveUrl, String removeUrl, int rating, long folderId,
                           List<FieldInput> fields) {
    }

    /** One collection field of a copy: a dropdown with its options, or a text area of some lines. */
    public record FieldInput(int id, String name, boolean dropdown, List<String> options, String value, int lines) {
        public String inputName() {
            return "field-" + id;
        }
    }

    public record Choice(long id, String name) {
    }

    public static final List<Integer> RATINGS = List.of(0, 1, 2, 3, 4, 5);

    public static String ratingLabel(int rating) {
        return rating == 0 ? "No rating" : "★".repeat(rating) + "☆".repeat(5 - rating);
    }
}
