package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The release summary inside collection items and wants; older captures lack master, genres and styles. */
public record DiscogsBasicInformation(
        long id,
        @JsonProperty("master_id") Long masterId,
        @JsonProperty("master_url") String masterUrl,
        @JsonProperty("resource_url") String resourceUrl,
        String thumb,
        @JsonProperty("cover_image") String coverImage,
        String title,
        int year,
        List<DiscogsFormat> formats,
        List<DiscogsLabelCredit> labels,
        List<DiscogsArtistCredit> artists,
        List<String> genres,
        List<String> styles) {

    public DiscogsBasicInformation {
        if (masterId != null && masterId == 0) {
            masterId = null;
        }
        formats = formats == null ? List.of() : List.copyOf(formats);
        labels = labels == null ? List.of() : List.copyOf(labels);
        artists = artists == null ? List.of() : List.copyOf(artists);
        genres = genres == null ? List.of() : List.copyOf(genres);
        styles = styles == null ? List.of() : List.copyOf(styles);
    }
}
