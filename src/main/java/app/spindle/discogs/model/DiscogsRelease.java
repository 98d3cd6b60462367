package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * A full release document ({@code GET /releases/{id}}). {@code masterId} is null when the release has
 * no master (the API then leaves the field out); {@code year} is 0 when unknown; {@code released}
 * looks like "1987-07-00" and may be absent; dates are kept as the API's strings.
 */
public record DiscogsRelease(
        long id,
        String status,
        int year,
        @JsonProperty("resource_url") String resourceUrl,
        String uri,
        List<DiscogsArtistCredit> artists,
        @JsonProperty("artists_sort") String artistsSort,
        List<DiscogsLabelCredit> labels,
        List<DiscogsLabelCredit> series,
        List<DiscogsLabelCredit> companies,
        List<DiscogsFormat> formats,
        @JsonProperty("data_quality") String dataQuality,
        DiscogsCommunity community,
        @JsonProperty("format_quantity") int formatQuantity,
        @JsonProperty("date_added") String dateAdded,
        @JsonProperty("date_changed") String dateChanged,
        @JsonProperty("num_for_sale") Integer numForSale,
        @JsonProperty("lowest_price") BigDecimal lowestPrice,
        @JsonProperty("master_id") Long masterId,
        @JsonProperty("master_url") String masterUrl,
        String title,
        String country,
        String released,
        @JsonProperty("released_formatted") String releasedFormatted,
        String notes,
        List<DiscogsIdentifier> identifiers,
        List<DiscogsVideo> videos,
        List<String> genres,
        List<String> styles,
        List<DiscogsTrack> tracklist,
        List<DiscogsArtistCredit> extraartists,
        List<DiscogsImage> images,
        String thumb,
        @JsonProperty("estimated_weight") Integer estimatedWeight,
        @JsonProperty("blocked_from_sale") Boolean blockedFromSale) {

    public DiscogsRelease {
        artists = artists == null ? List.of() : List.copyOf(artists);
        labels = labels == null ? List.of() : List.copyOf(labels);
        series = series == null ? List.of() : List.copyOf(series);
        companies = companies == null ? List.of() : List.copyOf(companies);
        formats = formats == null ? List.of() : List.copyOf(formats);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        videos = videos == null ? List.of() : List.copyOf(videos);
        genres = genres == null ? List.of() : List.copyOf(genres);
        styles = styles == null ? List.of() : List.copyOf(styles);
        tracklist = tracklist == null ? List.of() : List.copyOf(tracklist);
        extraartists = extraartists == null ? List.of() : List.copyOf(extraartists);
        images = images == null ? List.of() : List.copyOf(images);
        if (masterId != null && masterId == 0) {
            masterId = null;
        }
    }

    @JsonIgnore
    public boolean hasMaster() {
        return masterId != null;
    }

    /** The primary image, else the first one, else null. */
    @JsonIgnore
    public DiscogsImage primaryImage() {
        return images.stream().filter(i -> ImageType.PRIMARY.equals(i.type())).findFirst()
                .orElse(images.isEmpty() ? null : images.get(0));
    }
}
