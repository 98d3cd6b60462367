package app.spindle.match;

import java.util.List;

/**
 * A track or album title taken apart. {@code base} is the title without version suffixes, folded;
 * {@code mixName} a meaningful version ("larry heard remix", "instrumental", "dub") or null — a remix
 * is a different recording than the original; {@code featured} guests named in the title;
 * {@code dropped} the suffixes removed because they do not change which record it is
 * ("Remastered 2011", "Radio Edit", "Live", "Mono", "Original Mix"), as written.
 */
public record TitleParts(String base, String mixName, List<String> featured, List<String> dropped) {

    public static final TitleParts NONE = new TitleParts("", null, List.of(), List.of());

    public TitleParts {
        featured = List.copyOf(featured);
        dropped = List.copyOf(dropped);
    }

    public boolean isEmpty() {
        return base.isEmpty() && mixName == null;
    }

    /** Base and mix name together: what an album title is compared by. */
    public String withMix() {
        return mixName == null ? base : (base + " " + mixName).strip();
    }
}
