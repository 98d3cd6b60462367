package app.spindle.mirror;

/** Barcode, Matrix / Runout, Label Code …; {@code valueKey} is the value as letters and digits only. */
public record IdentifierRow(int position, String type, String value, String description, String valueKey) {
}
