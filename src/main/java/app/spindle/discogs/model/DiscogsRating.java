package app.spindle.discogs.model;

/** The community's average rating and how many people rated. */
public record DiscogsRating(double average, int count) {
}
