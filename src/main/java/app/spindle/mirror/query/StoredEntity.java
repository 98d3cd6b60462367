package app.spindle.mirror.query;

/**
 * An artist, label or master as the mirror holds it: its document in Discogs' JSON shape (null when only
 * the name is known, from a credit), when it was fetched, or the date of the data dump it came from.
 */
public record StoredEntity(long id, String name, String profile, String json, String fetchedAt, String dumpDate) {

    public boolean hasDocument() {
        return json != null;
    }
}
