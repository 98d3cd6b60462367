package app.spindle.web.prices;

import java.util.List;

/** The landing page's list of deals, with links to all of them on the wantlist and to the Atom feed. */
public record DealsStrip(String heading, List<Deal> deals, String allHref, String feedHref) {

    public record Deal(String href, String artist, String title, String price, String target, String age) {
    }
}
