package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An artist page ({@code GET /artists/{id}}). */
public record DiscogsArtist(
        long id,
        String name,
        String realname,
        String profile,
        String uri,
        @JsonProperty("resource_url") String resourceUrl,
        @JsonProperty("releases_url") String releasesUrl,
        @JsonProperty("data_quality") String dataQuality,
        List<String> urls,
        List<String> namevariations,
        List<DiscogsImage> images,
        List<DiscogsEntityRef> aliases,
        List<DiscogsEntityRef> members,
        List<DiscogsEntityRef> groups) {

    public DiscogsArtist {
        urls = urls == null ? List.of() : List.copyOf(urls);
        namevariations = namevariations == null ? List.of() : List.copyOf(namevariations);
        images = images == null ? List.of() : List.copyOf(images);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        members = members == null ? List.of() : List.copyOf(members);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
