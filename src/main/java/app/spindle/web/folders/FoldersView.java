package app.spindle.web.folders;

import java.util.List;

/**
 * The folders panel, swapped whole after each change: every folder with its count and, for the user's own
 * folders, rename and (when empty) delete. {@code pending} lists folder changes Discogs has not confirmed yet.
 */
public record FoldersView(String domId, String createUrl, List<Row> folders, List<String> pending, String message,
                          String error) {

    /** {@code renameUrl} and {@code deleteUrl} are null for Discogs' own folders; {@code deleteUrl} also while not empty. */
    public record Row(long id, String name, String count, String browseUrl, String renameUrl, String deleteUrl,
                      String keepNote) {
    }
}
