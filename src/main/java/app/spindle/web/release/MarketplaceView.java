package app.spindle.web.release;

import app.spindle.discogs.model.DiscogsMarketplaceStats;
import java.math.RoundingMode;

/** The marketplace fragment of the release page: a sentence, or why there is none. */
public record MarketplaceView(long releaseId, String summary, String error) {

    static MarketplaceView of(long releaseId, DiscogsMarketplaceStats stats) {
        if (Boolean.TRUE.equals(stats.blockedFromSale())) {
            return new MarketplaceView(releaseId, "This release cannot be sold on Discogs.", null);
        }
        int forSale = stats.numForSale() == null ? 0 : stats.numForSale();
        if (forSale == 0 || stats.lowestPrice() == null) {
            return new MarketplaceView(releaseId, "No copies for sale on Discogs right now.", null);
        }
        String price = stats.lowestPrice().value().setScale(2, RoundingMode.HALF_UP).toPlainString() + " "
                + stats.lowestPrice().currency();
        return new MarketplaceView(releaseId, forSale + (forSale == 1 ? " copy" : " copies") + " for sale, from " + price + ".", null);
    }
}
