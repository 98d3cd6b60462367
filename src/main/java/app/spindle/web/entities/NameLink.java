package app.spindle.web.entities;

/** A name that links to its artist or label page (path null: no page), and the text up to the next name. */
public record NameLink(String name, String path, String join) {

    /** Discogs' join word as printed between two names: "," → ", ", "" → " & ", "feat." → " feat. ". */
    public static String separator(String join) {
        String word = join == null ? "" : join.trim();
        if (word.equals(",")) {
            return ", ";
        }
        return word.isEmpty() ? " & " : " " + word + " ";
    }
}
