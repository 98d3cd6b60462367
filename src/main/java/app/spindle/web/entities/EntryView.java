package app.spindle.web.entities;

import app.spindle.mirror.query.ListEntry;
import app.spindle.web.Paths;
import app.spindle.web.search.ResultView;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a discography, catalogue or version list: where it links, a line of facts, what the user has
 * of it, and (for a release) the add buttons' state.
 */
public record EntryView(ListEntry entry, String href, String meta, String marks, ResultView actions) {

    static EntryView of(ListEntry e) {
        String href = e.isMaster() ? Paths.master(e.entryId()) : Paths.release(e.entryId());
        List<String> facts = new ArrayList<>();
        add(facts, e.artist());
        if (e.year() != null) {
            facts.add(String.valueOf(e.year()));
        }
        add(facts, e.format());
        add(facts, e.label());
        add(facts, e.country());
        if (e.role() != null && !e.role().isBlank() && !e.role().equals("Main")) {
            facts.add(e.role());
        }
        String marks;
        if (e.isMaster()) {
            marks = e.owned() > 0 ? "You own " + e.owned() + (e.owned() == 1 ? " pressing" : " pressings")
                    : e.wanted() > 0 ? "You want " + e.wanted() + (e.wanted() == 1 ? " pressing" : " pressings") : null;
        } else {
            marks = null;
        }
        ResultView actions = e.isMaster() ? null : new ResultView(e.entryId(), "release", e.title(),
                e.year() == null ? null : String.valueOf(e.year()), e.country(), e.format(), e.label(), e.catno(),
                e.thumb(), e.owned() > 0, e.wanted() > 0);
        return new EntryView(e, href, String.join(" · ", facts), marks, actions);
    }

    private static void add(List<String> facts, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(value);
        }
    }
}
