package app.spindle.web.shelf;

import app.spindle.mirror.query.Shelf;
import app.spindle.mirror.query.ShelfFilter;
import app.spindle.mirror.query.ShelfSort;

/** What a browse request asks for, validated: the shelf, its filter and order, the page and the layout. */
public record ShelfRequest(Shelf shelf, ShelfFilter filter, ShelfSort sort, int page, Display display) {

    /** Covers in a grid, or one compact row per entry. */
    public enum Display {
        GRID, LIST;

        /** "grid" or "list", as the {@code view} parameter and the remembering cookie carry it. */
        public String word() {
            return app.spindle.web.Params.lowerCase(this);
        }
    }

    public ShelfRequest withFilter(ShelfFilter newFilter) {
        return new ShelfRequest(shelf, newFilter, sort, 1, display);
    }

    public ShelfRequest withPage(int newPage) {
        return new ShelfRequest(shelf, filter, sort, newPage, display);
    }

    public ShelfRequest withDisplay(Display newDisplay) {
        return new ShelfRequest(shelf, filter, sort, page, newDisplay);
    }
}
