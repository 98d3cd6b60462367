package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Marketplace figures of a release; {@code lowestPrice} and {@code numForSale} are null when nothing is for sale. */
public record DiscogsMarketplaceStats(
        @JsonProperty("lowest_price") DiscogsPrice lowestPrice,
        @JsonProperty("num_for_sale") Integer numForSale,
        @JsonProperty("blocked_from_sale") Boolean blockedFromSale) {
}
