package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of an artist's discography ({@code GET /artists/{id}/releases}): a master (with its
 * {@code main_release}) or a release without one; {@code role} says how the artist takes part
 * ("Main", "Remix", "Producer", "Appearance", "TrackAppearance", "UnofficialRelease").
 */
public record DiscogsArtistRelease(
        long id,
        DiscogsType type,
        @JsonProperty("main_release") Long mainRelease,
        String title,
        String artist,
        String role,
        Integer year,
        String format,
        String label,
        String status,
        String thumb,
        String trackinfo,
        @JsonProperty("resource_url") String resourceUrl,
        DiscogsMasterVersion.Stats stats) {

    @JsonIgnore
    public boolean isMaster() {
        return type == DiscogsType.MASTER;
    }
}
