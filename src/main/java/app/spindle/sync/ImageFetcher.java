package app.spindle.sync;

import java.io.IOException;

/**
 * Downloads one image by its URL (Discogs's image hosts are not the API, and answer bytes, not JSON).
 * The composition root passes the Discogs client's download; without one, covers are not cached.
 */
@FunctionalInterface
public interface ImageFetcher {
    byte[] fetch(String url) throws IOException;
}
