package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A label page ({@code GET /labels/{id}}). */
public record DiscogsLabel(
        long id,
        String name,
        String profile,
        @JsonProperty("contact_info") String contactInfo,
        String uri,
        @JsonProperty("resource_url") String resourceUrl,
        @JsonProperty("releases_url") String releasesUrl,
        @JsonProperty("data_quality") String dataQuality,
        List<String> urls,
        List<DiscogsImage> images,
        List<DiscogsEntityRef> sublabels,
        @JsonProperty("parent_label") DiscogsEntityRef parentLabel) {

    public DiscogsLabel {
        urls = urls == null ? List.of() : List.copyOf(urls);
        images = images == null ? List.of() : List.copyOf(images);
        sublabels = sublabels == null ? List.of() : List.copyOf(sublabels);
    }
}
