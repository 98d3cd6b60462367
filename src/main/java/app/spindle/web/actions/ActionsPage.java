package app.spindle.web.actions;

import app.spindle.web.Layout;
import java.util.List;

/** The queue as a person sees it: what waits for Discogs, what could not apply, and what went through lately. */
public record ActionsPage(Layout layout, int pending, int failed, List<ActionRow> rows) {
}
