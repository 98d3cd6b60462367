package app.spindle.web.collection;

import app.spindle.web.Layout;
import app.spindle.web.shelf.ShelfView;

/** The collection page: the shared shelf, plus the export link. */
public record CollectionPage(Layout layout, ShelfView shelf, String exportHref) {
}
