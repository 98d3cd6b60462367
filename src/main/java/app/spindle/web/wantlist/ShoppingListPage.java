package app.spindle.web.wantlist;

import app.spindle.web.Layout;
import java.util.List;

/**
 * The wantlist to take to a record shop: grouped by label, in catalog-number order, made for paper; each
 * line with the lowest price seen and its age, and the total of those prices.
 */
public record ShoppingListPage(Layout layout, String backHref, String summary, String totalText, List<Group> groups) {

    public record Group(String label, List<Line> lines) {
    }

    public record Line(String catno, String artist, String title, String year, String format, String country,
                       String notes, String price, String priceAge) {
    }
}
