package app.spindle.mirror;

import app.spindle.discogs.model.DiscogsArtistCredit;
import java.util.List;

/** Turns a list of artist credits into the line a record sleeve would print: "Simon & Garfunkel". */
public final class ArtistCredits {
    private ArtistCredits() {
    }

    public static String display(List<DiscogsArtistCredit> credits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < credits.size(); i++) {
            DiscogsArtistCredit c = credits.get(i);
            out.append(SearchKeys.withoutDisambiguation(c.creditedName()));
            if (i < credits.size() - 1) {
                String join = c.join() == null ? "" : c.join().trim();
                out.append(join.isEmpty() || join.equals(",") ? ", " : " " + join + " ");
            }
        }
        return out.toString();
    }

    public static String sortKey(List<DiscogsArtistCredit> credits) {
        return SearchKeys.joinedSortKey(credits.stream().map(DiscogsArtistCredit::name).toList());
    }
}
