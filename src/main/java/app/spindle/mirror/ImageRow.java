package app.spindle.mirror;

/** A remote image of a release, as Discogs lists it. */
public record ImageRow(int position, String type, String uri, String uri150, String resourceUrl, int width, int height) {
}
