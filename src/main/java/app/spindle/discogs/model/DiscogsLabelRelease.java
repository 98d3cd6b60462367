package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One release of a label's catalogue ({@code GET /labels/{id}/releases}). */
public record DiscogsLabelRelease(
        long id,
        String title,
        String artist,
        String catno,
        String format,
        Integer year,
        String status,
        String thumb,
        @JsonProperty("resource_url") String resourceUrl,
        DiscogsMasterVersion.Stats stats) {
}
