package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One entry of an artist's discography ({@code GET /artists/{id}/releases}): a master (with its
 * {@code main_release}) or a release without one, with the artist's {@code role}.
 */
public record DiscogsArtistRelease(
        @JsonUnwrapped DiscogsListEntry entry,
        String status,
        String trackinfo,
        @JsonProperty("resource_url") String resourceUrl,
        DiscogsMasterVersion.Stats stats) {
}
