package app.spindle.discogs;

/**
 * Who is waiting for a request: a person (takes the next free slot), the background sync, or the price
 * pass, which goes last and only within its share of the window (see {@link RateGovernor#setPriceShare}).
 */
public enum Priority {
    INTERACTIVE,
    BACKGROUND,
    PRICES
}
