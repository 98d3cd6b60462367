package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One search hit. {@code type} is release | master | artist | label; {@code title} reads
 * "Artist - Title"; {@code year} is a string; {@code masterId} is null when the API says 0 or
 * nothing; {@code barcode} holds every identifier value, matrices too; {@code uri} is relative.
 */
public record DiscogsSearchResult(
        long id,
        DiscogsType type,
        String title,
        String uri,
        @JsonProperty("resource_url") String resourceUrl,
        String thumb,
        @JsonProperty("cover_image") String coverImage,
        String country,
        String year,
        List<String> format,
        @JsonProperty("format_quantity") Integer formatQuantity,
        List<DiscogsFormat> formats,
        List<String> label,
        List<String> genre,
        List<String> style,
        String catno,
        List<String> barcode,
        DiscogsSearchCommunity community,
        @JsonProperty("master_id") Long masterId,
        @JsonProperty("master_url") String masterUrl,
        @JsonProperty("user_data") DiscogsUserData userData) {

    public DiscogsSearchResult {
        format = format == null ? List.of() : List.copyOf(format);
        formats = formats == null ? List.of() : List.copyOf(formats);
        label = label == null ? List.of() : List.copyOf(label);
        genre = genre == null ? List.of() : List.copyOf(genre);
        style = style == null ? List.of() : List.copyOf(style);
        barcode = barcode == null ? List.of() : List.copyOf(barcode);
        if (masterId != null && masterId == 0) {
            masterId = null;
        }
    }

    /** Have/want counts of a search hit. */
    public record DiscogsSearchCommunity(int want, int have) {
    }

    /** Whether the authenticated user already has or wants this hit. */
    public record DiscogsUserData(
            @JsonProperty("in_wantlist") boolean inWantlist,
            @JsonProperty("in_collection") boolean inCollection) {
    }
}
