package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A collection folder; 0 is "All" (read-only), 1 is "Uncategorized". */
public record DiscogsFolder(long id, String name, int count, @JsonProperty("resource_url") String resourceUrl) {
    public static final long ALL = 0;
    public static final long UNCATEGORIZED = 1;
}
