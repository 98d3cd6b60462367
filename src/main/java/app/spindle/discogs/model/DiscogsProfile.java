package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A user's profile ({@code GET /users/{username}}); email and unread counts only for the owner. */
public record DiscogsProfile(
        long id,
        String username,
        String name,
        String uri,
        @JsonProperty("resource_url") String resourceUrl,
        @JsonProperty("home_page") String homePage,
        String location,
        String profile,
        String registered,
        @JsonProperty("curr_abbr") String currency,
        @JsonProperty("avatar_url") String avatarUrl,
        @JsonProperty("num_collection") Integer numCollection,
        @JsonProperty("num_wantlist") Integer numWantlist,
        String email) {
}
