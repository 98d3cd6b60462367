package app.spindle.web.match;

import app.spindle.match.BatchRow;
import app.spindle.web.Layout;
import java.util.List;

/** "Add every confident, unowned match to the wantlist": the list to confirm first. */
public record WantsPage(Layout layout, BatchRow batch, List<TrackRow> rows) {
}
