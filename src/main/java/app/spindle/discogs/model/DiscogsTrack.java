package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A tracklist entry, of a {@link TrackType}; {@code duration} may be "". */
public record DiscogsTrack(
        String position,
        @JsonProperty("type_") TrackType type,
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
        return TrackType.HEADING.equals(type);
    }

    @JsonIgnore
    public boolean isIndex() {
        return TrackType.INDEX.equals(type);
    }
}
