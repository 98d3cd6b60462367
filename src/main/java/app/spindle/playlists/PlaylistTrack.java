package app.spindle.playlists;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One track of a record in an exported playlist: what DJ software shows (artist, title, album), what a DJ
 * needs to find the record on the shelf (label, catalog number, year, side and position), and the digital
 * file's location when one is known (else null). {@code releaseId} is 0 for a digital track no record was
 * found for (a match batch's "not found").
 */
public record PlaylistTrack(long releaseId, String artist, String title, String releaseTitle, String label, String catno,
                            Integer year, String position, String side, String file) {

    /** "Side A, A2", "Track 3", or null. */
    public String where() {
        if (position == null || position.isBlank()) {
            return null;
        }
        if (side == null || side.isBlank()) {
            return "Track " + position;
        }
        return side.equalsIgnoreCase(position) ? "Side " + side : "Side " + side + ", " + position;
    }

    /** The note a DJ reads in the track list: "Side A, A2 · Svek SK032 · 1999". */
    public String comment() {
        StringBuilder out = new StringBuilder();
        append(out, where());
        String labelCatno = ((label == null ? "" : label) + " " + (catno == null ? "" : CATNO_PREFIX + catno)).strip();
        append(out, labelCatno.isEmpty() ? null : labelCatno);
        append(out, year == null || year <= 0 ? null : String.valueOf(year));
        return out.toString();
    }

    /** How the catalog number is marked in a comment, so that an import can read it back. */
    public static final String CATNO_PREFIX = "Cat# ";

    /**
     * Where Discogs shows the release: the location of a track no file is known for; for a track without a
     * record, a Discogs search for it.
     */
    public String discogsUrl() {
        if (releaseId == 0) {
            String words = ((artist == null ? "" : artist) + " " + (title == null ? "" : title)).strip();
            return "https://www.discogs.com/search/?type=release&q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
        }
        return "https://www.discogs.com/release/" + releaseId;
    }

    private static void append(StringBuilder out, String part) {
        if (part != null && !part.isBlank()) {
            if (out.length() > 0) {
                out.append(" · ");
            }
            out.append(part);
        }
    }
}
