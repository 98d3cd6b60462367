package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who the credentials belong to ({@code GET /oauth/identity}). */
public record DiscogsIdentity(
        long id,
        String username,
        @JsonProperty("resource_url") String resourceUrl,
        @JsonProperty("consumer_name") String consumerName) {
}
