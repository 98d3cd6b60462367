package app.spindle.web;

import java.util.List;

/** A page with nothing to list yet: what it is for and what to do next. */
public record EmptyPage(Layout layout, String heading, String lead, List<String> nextSteps) {
}
