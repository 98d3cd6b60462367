package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** One release of a label's catalogue ({@code GET /labels/{id}/releases}). */
public record DiscogsLabelRelease(
        @JsonUnwrapped DiscogsListEntry entry,
        String status,
        @JsonProperty("resource_url") String resourceUrl,
        DiscogsMasterVersion.Stats stats) {
}
