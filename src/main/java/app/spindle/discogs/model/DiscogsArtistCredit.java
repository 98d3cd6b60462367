package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An artist as credited on a release or track: {@code anv} is the name as printed, {@code join} links it to the next one. */
public record DiscogsArtistCredit(
        long id,
        String name,
        String anv,
        String join,
        String role,
        String tracks,
        @JsonProperty("resource_url") String resourceUrl,
        @JsonProperty("thumbnail_url") String thumbnailUrl) {

    /** The name as printed on this release when it differs, else the artist's name. */
    @JsonIgnore
    public String creditedName() {
        return anv != null && !anv.isEmpty() ? anv : name;
    }
}
