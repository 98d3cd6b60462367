package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Community figures of a release (submitter and contributors are not kept). */
public record DiscogsCommunity(
        int have,
        int want,
        DiscogsRating rating,
        @JsonProperty("data_quality") String dataQuality,
        String status) {
}
