package app.spindle.web.wantlist;

import app.spindle.web.Layout;
import app.spindle.web.shelf.ShelfView;

/** The wantlist page: the shared shelf, plus the shopping list and export links. */
public record WantlistPage(Layout layout, ShelfView shelf, String shoppingListHref, String exportHref) {
}
