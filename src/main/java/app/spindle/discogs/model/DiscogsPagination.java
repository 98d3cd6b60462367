package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Paging of a list response; {@code urls} holds only the links that apply ({@code {}} for a single page). */
public record DiscogsPagination(
        int page,
        int pages,
        @JsonProperty("per_page") int perPage,
        int items,
        Map<String, String> urls) {

    public DiscogsPagination {
        urls = urls == null ? Map.of() : Map.copyOf(urls);
    }

    @JsonIgnore
    public boolean isLastPage() {
        return page >= pages;
    }
}
