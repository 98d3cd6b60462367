package app.spindle.web.shelf;

import app.spindle.web.Option;
import java.util.List;

/**
 * The small edit form a shelf card opens: a copy's rating and folder (and Remove), or a want's rating and notes.
 * {@code view} (grid or list) says which template the saved card comes back in; {@code folders} is empty for a want.
 */
public record CardEdit(String domId, String title, String view, String saveUrl, String removeUrl,
                       List<Option> ratings, List<Option> folders, boolean want, String notes) {

    public String slotId() {
        return domId + "-edit";
    }
}
