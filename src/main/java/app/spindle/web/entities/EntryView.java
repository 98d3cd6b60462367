package app.spindle.web.entities;

import app.spindle.discogs.model.DiscographyRole;
import app.spindle.discogs.model.DiscogsListEntry;
import app.spindle.mirror.query.ListEntry;
import app.spindle.web.Paths;
import app.spindle.web.search.ResultView;
import app.spindle.web.search.SearchType;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a discography, catalogue or version list: where it links, a line of facts, what the user has
 * of it, and (for a release) the add buttons' state.
 */
public record EntryView(ListEntry entry, String href, String meta, String marks, ResultView actions) {

    static EntryView of(ListEntry entry) {
        DiscogsListEntry e = entry.row();
        String href = e.isMaster() ? Paths.master(e.entryId()) : Paths.release(e.entryId());
        List<String> facts = new ArrayList<>();
        add(facts, e.artist());
        if (e.year() != null) {
            facts.add(String.valueOf(e.year()));
        }
        add(facts, e.format());
        add(facts, e.label());
        add(facts, e.country());
        if (e.role() != null && !e.role().word().isBlank() && !e.role().equals(DiscographyRole.MAIN)) {
            facts.add(e.role().word());
        }
        String marks;
        if (e.isMaster()) {
            marks = entry.owned() > 0 ? "You own " + entry.owned() + (entry.owned() == 1 ? " pressing" : " pressings")
                    : entry.wanted() > 0 ? "You want " + entry.wanted() + (entry.wanted() == 1 ? " pressing" : " pressings") : null;
        } else {
            marks = null;
        }
        ResultView actions = e.isMaster() ? null : new ResultView(e.entryId(), SearchType.RELEASE, e.title(),
                e.year() == null ? null : String.valueOf(e.year()), e.country(), e.format(), e.label(), e.catno(),
                e.thumb(), entry.owned() > 0, entry.wanted() > 0);
        return new EntryView(entry, href, String.join(" · ", facts), marks, actions);
    }

    private static void add(List<String> facts, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(value);
        }
    }
}
