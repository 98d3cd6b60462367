package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** A master release: the work that groups all versions of a release. */
public record DiscogsMaster(
        long id,
        String title,
        int year,
        @JsonProperty("main_release") long mainRelease,
        @JsonProperty("main_release_url") String mainReleaseUrl,
        @JsonProperty("most_recent_release") Long mostRecentRelease,
        @JsonProperty("most_recent_release_url") String mostRecentReleaseUrl,
        @JsonProperty("versions_url") String versionsUrl,
        @JsonProperty("resource_url") String resourceUrl,
        String uri,
        List<DiscogsArtistCredit> artists,
        List<String> genres,
        List<String> styles,
        List<DiscogsTrack> tracklist,
        List<DiscogsImage> images,
        List<DiscogsVideo> videos,
        @JsonProperty("data_quality") String dataQuality,
        @JsonProperty("num_for_sale") Integer numForSale,
        @JsonProperty("lowest_price") BigDecimal lowestPrice) {

    public DiscogsMaster {
        artists = artists == null ? List.of() : List.copyOf(artists);
        genres = genres == null ? List.of() : List.copyOf(genres);
        styles = styles == null ? List.of() : List.copyOf(styles);
        tracklist = tracklist == null ? List.of() : List.copyOf(tracklist);
        images = images == null ? List.of() : List.copyOf(images);
        videos = videos == null ? List.of() : List.copyOf(videos);
    }
}
