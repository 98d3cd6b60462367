package app.spindle.discogs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters of a database search, built fluently: {@code SearchQuery.text("nevermind").type("release")}. */
public final class SearchQuery {
    private final Map<String, String> parameters;

    private SearchQuery(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    public static SearchQuery text(String q) {
        return new SearchQuery(new LinkedHashMap<>()).with("q", q);
    }

    public static SearchQuery any() {
        return new SearchQuery(new LinkedHashMap<>());
    }

    /** release, master, artist or label. */
    public SearchQuery type(String value) {
        return with("type", value);
    }

    public SearchQuery title(String value) {
        return with("title", value);
    }

    public SearchQuery releaseTitle(String value) {
        return with("release_title", value);
    }

    public SearchQuery artist(String value) {
        return with("artist", value);
    }

    public SearchQuery label(String value) {
        return with("label", value);
    }

    public SearchQuery catno(String value) {
        return with("catno", value);
    }

    public SearchQuery barcode(String value) {
        return with("barcode", value);
    }

    public SearchQuery track(String value) {
        return with("track", value);
    }

    public SearchQuery format(String value) {
        return with("format", value);
    }

    public SearchQuery year(String value) {
        return with("year", value);
    }

    public SearchQuery country(String value) {
        return with("country", value);
    }

    public SearchQuery genre(String value) {
        return with("genre", value);
    }

    public SearchQuery style(String value) {
        return with("style", value);
    }

    public Map<String, String> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    private SearchQuery with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(parameters);
        if (value == null || value.isBlank()) {
            copy.remove(name);
        } else {
            copy.put(name, value.strip());
        }
        return new SearchQuery(copy);
    }

    @Override
    public String toString() {
        return "SearchQuery" + parameters;
    }
}
