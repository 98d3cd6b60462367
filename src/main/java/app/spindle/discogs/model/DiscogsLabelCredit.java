package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A label, series or company on a release; {@code entity_type_name} says which role ("Label", "Series", "Pressed By" …). */
public record DiscogsLabelCredit(
        long id,
        String name,
        String catno,
        @JsonProperty("entity_type") String entityType,
        @JsonProperty("entity_type_name") String entityTypeName,
        @JsonProperty("resource_url") String resourceUrl,
        @JsonProperty("thumbnail_url") String thumbnailUrl) {
}
