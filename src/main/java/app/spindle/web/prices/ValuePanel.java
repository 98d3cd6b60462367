package app.spindle.web.prices;

import java.util.List;

/** Stats' value section: Discogs' min/median/max estimate with its age, its history, the most valuable records. */
public record ValuePanel(String minimum, String median, String maximum, String age, PriceChart chart,
                         List<Record> mostValuable) {

    public record Record(String href, String artist, String title, String price, String age) {
    }

    public boolean known() {
        return median != null;
    }
}
