package app.spindle.mirror;

/** A collection folder and the number of copies Discogs says it holds. */
public record FolderRow(long id, String name, long itemCount) {
}
