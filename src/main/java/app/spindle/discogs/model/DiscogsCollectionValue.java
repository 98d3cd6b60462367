package app.spindle.discogs.model;

/** The estimated value of a collection, as formatted strings ("A$1,597.46"). */
public record DiscogsCollectionValue(String minimum, String median, String maximum) {
}
