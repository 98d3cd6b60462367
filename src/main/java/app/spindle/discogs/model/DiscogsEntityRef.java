package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A link to another artist or label: an alias, member, group, sublabel or parent label. */
public record DiscogsEntityRef(
        long id,
        String name,
        @JsonProperty("resource_url") String resourceUrl,
        @JsonProperty("thumbnail_url") String thumbnailUrl,
        Boolean active) {
}
