package app.spindle.web.shelf;

import app.spindle.mirror.query.Shelf;
import app.spindle.web.DidYouMean;
import app.spindle.web.Paths;
import java.util.List;

/**
 * Everything the shelf templates show, ready to print: the controls' state, the facet panel, the
 * entries and the pager. Shared by the collection and the wantlist; {@code kind} names which, and only
 * the collection links its folders ({@code foldersHref}). {@code didYouMean} is null unless the words typed
 * found nothing and a spelling near them would.
 */
public record ShelfView(Shelf kind, String action, String text, List<Hidden> hidden, List<SortOption> sorts,
                        boolean list, String gridHref, String listHref, List<ActiveFilter> active, String clearHref,
                        FacetPanel facets, List<ItemView> items, long total, String totalText, Pager pager,
                        String emptyHint, Playlists playlists, String foldersHref, DidYouMean didYouMean) {

    /** This view's records, as filtered, as a playlist of their tracks for DJ software. */
    public record Playlists(String m3u8, String xml, String csv) {
        static Playlists of(String basePath, Shelf kind, String query) {
            String path = basePath + Paths.EXPORT_PLAYLIST.replace("{file}", kind.word());
            return new Playlists(path + ".m3u8" + query, path + ".xml" + query, path + ".csv" + query);
        }
    }

    /** A chosen facet, carried by the search form so that typing keeps it. */
    public record Hidden(String name, String value) {
    }

    public record SortOption(String value, String label, boolean selected) {
    }

    /** A chip saying what the shelf is narrowed to, with the link that drops it. */
    public record ActiveFilter(String label, String removeHref) {
    }

    /** Either the counted facets, or (for a large shelf not counted yet) the URL that counts them. */
    public record FacetPanel(List<FacetGroup> groups, String loadUrl) {
        public boolean deferred() {
            return loadUrl != null;
        }
    }

    /** The first few values are shown; {@code more} folds away behind "More". */
    public record FacetGroup(String title, String param, List<FacetOption> options, List<FacetOption> more) {
    }

    public record FacetOption(String label, String count, String href) {
    }

    public record Pager(int page, int pages, String previousHref, String nextHref, List<PageLink> links) {
        public boolean shown() {
            return pages > 1;
        }
    }

    /** A page number, or a gap ({@code href} null and label "…"). */
    public record PageLink(String label, String href, boolean current) {
    }

    public boolean isCollection() {
        return kind == Shelf.COLLECTION;
    }

    public boolean filtered() {
        return clearHref != null;
    }
}
