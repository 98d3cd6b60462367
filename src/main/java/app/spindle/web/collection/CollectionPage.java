package app.spindle.web.collection;

import app.spindle.web.Layout;
import app.spindle.web.prices.DealsStrip;
import app.spindle.web.shelf.ShelfView;

/** The collection page (the landing page): the shared shelf, the export link, and the deals (null: none). */
public record CollectionPage(Layout layout, ShelfView shelf, String exportHref, DealsStrip deals) {
}
