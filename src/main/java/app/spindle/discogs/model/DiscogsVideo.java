package app.spindle.discogs.model;

/** A video linked to a release or master; {@code duration} in seconds. */
public record DiscogsVideo(String uri, String title, String description, Integer duration, Boolean embed) {
}
