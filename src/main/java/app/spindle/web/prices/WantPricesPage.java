package app.spindle.web.prices;

import app.spindle.web.Layout;
import java.util.List;

/** The wantlist by price: filter and sort links, rows with price and age, the filtered list's total. */
public record WantPricesPage(Layout layout, List<Link> filters, List<Link> sorts, List<Row> rows, String summary,
                             String totalText, String passText, String previousHref, String nextHref, String feedHref) {

    public record Link(String label, String href, boolean current) {
    }

    public record Row(long releaseId, String href, String artist, String title, String price, String forSale,
                      String age, String change, String target, boolean deal) {
    }
}
