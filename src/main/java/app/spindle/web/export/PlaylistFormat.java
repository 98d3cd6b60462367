package app.spindle.web.export;

import app.spindle.web.Params;

/** The three formats DJ software and players import, named by a download's file ending ("collection.m3u8"). */
public enum PlaylistFormat {
    /** Rekordbox XML: one playlist node per playlist. */
    XML("application/xml; charset=utf-8"),
    /** The tracks of all the playlists in turn. */
    M3U8("audio/x-mpegurl; charset=utf-8"),
    CSV("text/csv; charset=utf-8");

    private final String contentType;

    PlaylistFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The format a file name ends in, or null when it is none of the three. */
    public static PlaylistFormat ofFile(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? null : Params.lookup(file.substring(dot + 1), values(), PlaylistFormat::ending).orElse(null);
    }

    /** "m3u8", "xml" or "csv". */
    public String ending() {
        return Params.lowerCase(this);
    }

    String contentType() {
        return contentType;
    }
}
