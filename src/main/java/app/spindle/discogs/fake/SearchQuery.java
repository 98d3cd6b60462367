package app.spindle.discogs.fake;

import app.spindle.discogs.model.DiscogsType;
import io.javalin.http.Context;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** The parameters of GET /database/search that the fake understands. */
record SearchQuery(String q, DiscogsType type, String title, String artist, String label, String genre, String style,
                   String country, String year, String format, String catno, String barcode, String track) {

    static SearchQuery from(Context ctx) {
        String typeWord = blankToNull(ctx.queryParam("type"));
        DiscogsType type = DiscogsType.of(typeWord);
        if (typeWord != null && type == null) {
            throw new ApiError(422, "Invalid type: " + typeWord + ". Must be one of: release, master, artist, label.");
        }
        String title = blankToNull(ctx.queryParam("release_title"));
        String artist = blankToNull(ctx.queryParam("artist"));
        if (artist == null) {
            artist = blankToNull(ctx.queryParam("credit"));
        }
        if (artist == null) {
            artist = blankToNull(ctx.queryParam("anv"));
        }
        String plainTitle = blankToNull(ctx.queryParam("title"));
        return new SearchQuery(blankToNull(ctx.queryParam("q")), type, title != null ? title : plainTitle, artist,
                blankToNull(ctx.queryParam("label")), blankToNull(ctx.queryParam("genre")), blankToNull(ctx.queryParam("style")),
                blankToNull(ctx.queryParam("country")), blankToNull(ctx.queryParam("year")), blankToNull(ctx.queryParam("format")),
                blankToNull(ctx.queryParam("catno")), blankToNull(ctx.queryParam("barcode")), blankToNull(ctx.queryParam("track")));
    }

    boolean wants(DiscogsType resultType) {
        return type == null || type == resultType;
    }

    /** Whether anything but q narrows the search (then artists and labels are not listed for an untyped search). */
    boolean hasReleaseFilters() {
        return title != null || artist != null || label != null || genre != null || style != null || country != null
                || year != null || format != null || catno != null || barcode != null || track != null;
    }

    /** Lower case, accents dropped, split on anything that is not a letter or digit. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>(4);
        if (text == null) {
            return tokens;
        }
        String folded = isAscii(text) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        // A hand-written scan: the search index tokenises a million generated titles at start-up.
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                token.append(Character.toLowerCase(c));
            } else if (token.length() > 0) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        if (token.length() > 0) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    static String compact(String text) {
        return text == null ? "" : String.join("", tokens(text));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
