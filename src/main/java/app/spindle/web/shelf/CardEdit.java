package app.spindle.web.shelf;

import java.util.List;

/**
 * The small edit form a shelf card opens: a copy's rating and folder (and Remove), or a want's rating and notes.
 * {@code view} (grid or list) says which template the saved card comes back in; {@code folders} is empty for a want.
 */
public record CardEdit(String domId, String title, String view, String saveUrl, String removeUrl, int rating,
                       long folderId, List<Folder> folders, boolean want, String notes) {

    public record Folder(long id, String name) {
    }

    public static final List<Integer> RATINGS = List.of(0, 1, 2, 3, 4, 5);

    public static String ratingLabel(int rating) {
        return rating == 0 ? "No rating" : "★".repeat(rating) + "☆".repeat(5 - rating);
    }

    public String slotId() {
        return domId + "-edit";
    }
}
