package app.spindle.web.release;

import app.spindle.web.actions.UndoButton;
import app.spindle.web.Option;
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
        List<Option> addToFolders,
        boolean wanted,
        String wantNotes,
        List<Option> wantRatings,
        List<String> pending,
        String message,
        String error,
        UndoButton undo) {

    public record CopyForm(long instanceId, String legend, String saveUrl, String removeUrl, List<Option> ratings,
                           List<Option> folders, List<FieldInput> fields) {
    }

    /** One collection field of a copy: a dropdown with its options, or a text area of some lines. */
    public record FieldInput(int id, String name, boolean dropdown, List<Option> options, String value, int lines) {
        public String inputName() {
            return "field-" + id;
        }
    }
}
