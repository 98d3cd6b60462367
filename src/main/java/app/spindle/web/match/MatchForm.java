package app.spindle.web.match;

import app.spindle.match.DigitalTrack;
import app.spindle.match.ImportException;
import app.spindle.web.BadRequest;
import java.util.function.UnaryOperator;

/**
 * The fields of one track to match, as typed (every one may be empty), validated: length caps, a
 * year that is a year. Read from a query string (the match page, {@code /api/match}) or a form (search again).
 */
public record MatchForm(String artist, String title, String album, String year, String catno) {
    static final int MAX_TEXT = 300;
    static final int MAX_CATNO = 60;

    public static final MatchForm EMPTY = new MatchForm(null, null, null, null, null);

    /** @param param the request's query or form parameters by name */
    static MatchForm from(UnaryOperator<String> param) {
        return new MatchForm(text(param, "artist", MAX_TEXT), text(param, "title", MAX_TEXT),
                text(param, "album", MAX_TEXT), year(param), text(param, "catno", MAX_CATNO));
    }

    public boolean isEmpty() {
        return artist == null && title == null && album == null && catno == null;
    }

    /** The track to match; a year that is no year is a {@link BadRequest}. */
    public DigitalTrack track() {
        try {
            return DigitalTrack.fromForm(artist, title, album, year, catno);
        } catch (ImportException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private static String year(UnaryOperator<String> param) {
        String year = text(param, "year", 20);
        if (year != null && !year.matches("(18|19|20)\\d\\d")) {
            throw new BadRequest("The year must be four digits, e.g. 1987.");
        }
        return year;
    }

    private static String text(UnaryOperator<String> param, String name, int max) {
        String value = param.apply(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        if (value.length() > max) {
            throw new BadRequest("The " + (name.equals("catno") ? "catalog number" : name) + " takes at most " + max
                    + " characters.");
        }
        return value;
    }
}
