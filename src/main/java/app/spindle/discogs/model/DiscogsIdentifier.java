package app.spindle.discogs.model;

/** Barcode, Matrix / Runout, Label Code, Rights Society …; {@code description} is often absent. */
public record DiscogsIdentifier(String type, String value, String description) {
}
