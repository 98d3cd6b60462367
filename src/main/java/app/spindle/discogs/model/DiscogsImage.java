package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An image (the cover is the {@link ImageType#PRIMARY} one); {@code uri} and {@code uri150} are signed URLs, empty ("") in unauthenticated responses. */
public record DiscogsImage(
        ImageType type,
        String uri,
        String uri150,
        @JsonProperty("resource_url") String resourceUrl,
        int width,
        int height) {
}
