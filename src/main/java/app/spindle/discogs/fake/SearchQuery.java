package app.spindle.discogs.fake;

import io.javalin.http.Context;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The parameters of GET /database/search that the fake understands. */
record SearchQuery(String q, String type, String title, String artist, String label, String genre, String style,
                   String country, String year, String format, String catno, String barcode, String track) {

    static SearchQuery from(Context ctx) {
        String type = blankToNull(ctx.queryParam("type"));
        if (type != null && !List.of("release", "master", "artist", "label").contains(type)) {
            throw new ApiError(422, "Invalid type: " + type + ". Must be one of: release, master, artist, label.");
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

    boolean wants(String resultType) {
        return type == null || type.equals(resultType);
    }

    /** Whether anything but q narrows the search (then artists and labels are not listed for an untyped search). */
    boolean hasReleaseFilters() {
        return title != null || artist != null || label != null || genre != null || style != null || country != null
                || year != null || format != null || catno != null || barcode != null || track != null;
    }

    /** Lower case, accents dropped, split on anything that is not a letter or digit. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        for (String token : folded.split("[^\\p{L}\\p{Nd}]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    static String compact(String text) {
        return text == null ? "" : String.join("", tokens(text));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
