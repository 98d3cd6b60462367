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
                out.append(separator(c.join()));
            }
        }
        return out.toString();
    }

    /** Discogs' join word as the sleeve line prints it: "" or "," → ", ", "feat." → " feat. ". */
    public static String separator(String join) {
        String word = join == null ? "" : join.trim();
        return word.isEmpty() || word.equals(",") ? ", " : " " + word + " ";
    }

    public static String sortKey(List<DiscogsArtistCredit> credits) {
        return SearchKeys.joinedSortKey(credits.stream().map(DiscogsArtistCredit::name).toList());
    }
}
