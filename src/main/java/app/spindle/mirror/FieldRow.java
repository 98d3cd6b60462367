package app.spindle.mirror;

/** A custom collection field; {@code options} is a JSON array for dropdowns. */
public record FieldRow(int id, String name, String type, Integer position, boolean isPublic, String options,
        Integer lines) {

    public java.util.List<String> optionList() {
        return JsonStrings.read(options);
    }
}
