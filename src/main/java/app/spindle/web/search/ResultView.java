package app.spindle.web.search;

import app.spindle.discogs.model.DiscogsSearchResult;
import app.spindle.mirror.query.OwnershipQuery.Marks;

/** One Discogs search hit or master version, with whether the user already has or wants it. */
public record ResultView(long id, SearchType type, String title, String year, String country, String formats,
                         String labels, String catno, String thumb, boolean owned, boolean wanted) {

    public boolean isMaster() {
        return type == SearchType.MASTER;
    }

    /** A hit of a search for {@code type}: Discogs answers a search with hits of the type it asked for. */
    static ResultView of(DiscogsSearchResult r, SearchType type, Marks marks) {
        boolean owned = marks.owned() || (r.userData() != null && r.userData().inCollection());
        boolean wanted = marks.wanted() || (r.userData() != null && r.userData().inWantlist());
        return new ResultView(r.id(), type, r.title(), blankToNull(r.year()), r.country(), String.join(", ", r.format()),
                String.join(", ", r.label().stream().distinct().limit(3).toList()), blankToNull(r.catno()), blankToNull(r.thumb()),
                owned, wanted);
    }

    ResultView marked(boolean nowOwned, boolean nowWanted) {
        return new ResultView(id, type, title, year, country, formats, labels, catno, thumb, nowOwned, nowWanted);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || s.equals("0") ? null : s;
    }
}
