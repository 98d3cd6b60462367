package app.spindle.discogs.fake;

import java.time.Instant;

/** One image asked of the image host (not the API: no rate-limit slot), as tests count and space them. */
public record FakeImageRequest(Instant at, String name) {}
