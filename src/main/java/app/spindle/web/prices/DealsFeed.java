package app.spindle.web.prices;

import java.util.List;

/** The deals feed as Atom: one entry per want at or under its target, dated by the observation that showed it. */
public record DealsFeed(String id, String selfHref, String alternateHref, String updated, List<Entry> entries) {

    public record Entry(String id, String title, String href, String updated, String summary) {
    }
}
