package app.spindle.discogs.fake;

/** A collection folder with its current number of items. */
public record CollectionFolder(int id, String name, int count) {}
