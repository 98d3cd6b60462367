package app.spindle.web.entities;

import app.spindle.mirror.ArtistCredits;
import app.spindle.mirror.SearchKeys;
import app.spindle.mirror.query.ReleaseDetails.Credit;
import app.spindle.web.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** A name that links to its artist or label page (path null: no page), and the text up to the next name. */
public record NameLink(String name, String path, String join) {

    /** A release's artists as printed on its page, each linking to their page, joined as on the release. */
    public static List<NameLink> artists(List<Credit> credits) {
        return linked(credits, "", Credit::shownName, NameLink::separator);
    }

    /**
     * A shelf card's artists, each linked (under {@code basePath}), printed as the card's sleeve line prints
     * them (no "(2)", the sleeve line's joins), so the linked names read exactly as the unlinked line did.
     */
    public static List<NameLink> sleeveArtists(List<Credit> credits, String basePath) {
        return linked(credits, basePath, c -> SearchKeys.withoutDisambiguation(c.shownName()), ArtistCredits::separator);
    }

    /** An artist without an id (0) gets no link. */
    private static List<NameLink> linked(List<Credit> credits, String prefix, Function<Credit, String> name,
                                         UnaryOperator<String> separator) {
        List<NameLink> links = new ArrayList<>();
        for (int i = 0; i < credits.size(); i++) {
            Credit c = credits.get(i);
            links.add(new NameLink(name.apply(c), c.artistId() > 0 ? prefix + Paths.artist(c.artistId()) : null,
                    i == credits.size() - 1 ? "" : separator.apply(c.join())));
        }
        return links;
    }

    /** Discogs' join word as printed between two names: "," → ", ", "" → " & ", "feat." → " feat. ". */
    public static String separator(String join) {
        String word = join == null ? "" : join.trim();
        if (word.equals(",")) {
            return ", ";
        }
        return word.isEmpty() ? " & " : " " + word + " ";
    }
}
