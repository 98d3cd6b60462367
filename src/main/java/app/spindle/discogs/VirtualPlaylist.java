package app.spindle.discogs;

/** The collection, one folder or the wantlist, presented as a list of releases. */
public record VirtualPlaylist(String id, String name, Kind kind, int count) {
    public enum Kind {
        COLLECTION,
        FOLDER,
        WANTLIST
    }

    public static final String COLLECTION_ID = "collection";
    public static final String WANTLIST_ID = "wantlist";
    static final String FOLDER_PREFIX = "folder-";

    static String folderId(long folderId) {
        return FOLDER_PREFIX + folderId;
    }
}
