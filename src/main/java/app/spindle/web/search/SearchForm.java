package app.spindle.web.search;

import app.spindle.discogs.SearchQuery;
import app.spindle.web.BadRequest;
import app.spindle.web.Option;
import app.spindle.web.Params;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The search form's fields, validated; format defaults to Vinyl. */
public record SearchForm(String q, SearchType type, String format, String year, String country, String label, String catno,
                         int page) {
    static final int PER_PAGE = 25;
    /** Discogs stops at 10,000 results. */
    static final int MAX_PAGE = 10_000 / PER_PAGE;
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    public static SearchForm from(Context ctx) {
        SearchType type = SearchType.of(text(ctx, "type", 10));
        String year = text(ctx, "year", 4);
        if (year != null && !YEAR.matcher(year).matches()) {
            throw new BadRequest("The year must be four digits, e.g. 1987.");
        }
        String format = ctx.queryParam("format") == null ? "Vinyl" : text(ctx, "format", 40);
        // Discogs shows at most 10,000 results of a search
        int page = Params.page(ctx, MAX_PAGE);
        return new SearchForm(text(ctx, "q", 200), type, format, year, text(ctx, "country", 60), text(ctx, "label", 200),
                text(ctx, "catno", 100), page);
    }

    private static String text(Context ctx, String name, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        if (value.length() > max) {
            throw new BadRequest("The " + name + " field takes at most " + max + " characters.");
        }
        return value;
    }

    public boolean isEmpty() {
        return q == null && year == null && country == null && label == null && catno == null;
    }

    public SearchQuery toQuery() {
        SearchQuery query = q == null ? SearchQuery.any() : SearchQuery.text(q);
        query = query.type(type.word());
        if (format != null) {
            query = query.format(format);
        }
        if (year != null) {
            query = query.year(year);
        }
        if (country != null) {
            query = query.country(country);
        }
        if (label != null) {
            query = query.label(label);
        }
        if (catno != null) {
            query = query.catno(catno);
        }
        return query;
    }

    /** The type select's options, this search's type chosen. */
    public List<Option> types() {
        return SearchType.options(type);
    }

    /** The same search for other words. */
    public SearchForm withText(String words) {
        return new SearchForm(words, type, format, year, country, label, catno, 1);
    }

    /** The query string of this search at another page. */
    public String atPage(int n) {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", q);
        put(params, "type", type.word());
        params.put("format", format == null ? "" : format);
        put(params, "year", year);
        put(params, "country", country);
        put(params, "label", label);
        put(params, "catno", catno);
        params.put("page", String.valueOf(n));
        StringBuilder out = new StringBuilder("?");
        params.forEach((k, v) -> out.append(out.length() > 1 ? "&" : "").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null) {
            params.put(key, value);
        }
    }
}
