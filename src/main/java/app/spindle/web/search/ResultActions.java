package app.spindle.web.search;

import app.spindle.mirror.FolderRow;
import java.util.List;

/** The buttons beside a result; swapped alone by htmx after an action, with its outcome. */
public record ResultActions(ResultView result, List<FolderRow> folders, String basePath, String message, String error) {

    public String targetId() {
        return "actions-" + result.id();
    }
}
