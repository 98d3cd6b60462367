package app.spindle.discogs.fake;

/** How many copies are for sale and the lowest price; the release document and marketplace stats agree on it. */
record SaleListing(int numForSale, Double lowestPrice) {
    private static final int KIND_SALE = 7;

    static SaleListing of(long seed, long releaseId) {
        Dice dice = Dice.of(seed, KIND_SALE, releaseId);
        if (dice.chance(0.25)) {
            return new SaleListing(0, null);
        }
        int count = dice.between(1, 60);
        double price = Math.round((1 + 60 * Math.pow(dice.unit(), 2)) * 100) / 100.0;
        return new SaleListing(count, price);
    }
}
