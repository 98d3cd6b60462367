package app.spindle.web.search;

import app.spindle.mirror.FolderRow;
import app.spindle.web.Urls;
import java.util.List;

/** The buttons beside a result; swapped alone by htmx after an action, with its outcome. */
public record ResultActions(ResultView result, List<FolderRow> folders, Urls urls, String message, String error) {

    public String targetId() {
        return "actions-" + result.id();
    }
}
