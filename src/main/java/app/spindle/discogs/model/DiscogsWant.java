package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One wantlist entry; unlike collection items, {@code notes} is a plain string here. */
public record DiscogsWant(
        long id,
        @JsonProperty("resource_url") String resourceUrl,
        int rating,
        @JsonProperty("date_added") String dateAdded,
        String notes,
        @JsonProperty("basic_information") DiscogsBasicInformation basicInformation) {
}
