package app.spindle.mirror;

/** A custom collection field; {@code options} is a JSON array for dropdowns. */
public record FieldRow(int id, String name, String type, Integer position, boolean isPublic, String options,
        Integer lines) {

    /** A field with a fixed list of values (Discogs' type "dropdown"), rather than free text. */
    public boolean isDropdown() {
        return "dropdown".equals(type);
    }

    public java.util.List<String> optionList() {
        return JsonStrings.read(options);
    }
}
