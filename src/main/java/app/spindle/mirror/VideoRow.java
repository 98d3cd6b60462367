package app.spindle.mirror;

/** A video linked to a release. */
public record VideoRow(int position, String uri, String title, String description, Integer duration, Boolean embed) {
}
