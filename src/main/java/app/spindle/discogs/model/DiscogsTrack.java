package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A tracklist entry. {@code type_} is "track", "heading" (a disc or side title, no audio) or "index"
 * (a work whose movements are in {@code sub_tracks}); {@code duration} may be "".
 */
public record DiscogsTrack(
        String position,
        @JsonProperty("type_") String type,
        String title,
        String duration,
        List<DiscogsArtistCredit> artists,
        List<DiscogsArtistCredit> extraartists,
        @JsonProperty("sub_tracks") List<DiscogsTrack> subTracks) {

    public DiscogsTrack {
        artists = artists == null ? List.of() : List.copyOf(artists);
        extraartists = extraartists == null ? List.of() : List.copyOf(extraartists);
        subTracks = subTracks == null ? List.of() : List.copyOf(subTracks);
    }

    @JsonIgnore
    public boolean isHeading() {
        return "heading".equals(type);
    }

    @JsonIgnore
    public boolean isIndex() {
        return "index".equals(type);
    }
}
