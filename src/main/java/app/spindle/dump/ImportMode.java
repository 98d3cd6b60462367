package app.spindle.dump;

/** What an import writes: the releases the collection and wantlist refer to, or every release of the file. */
public enum ImportMode {
    REFERENCED("referenced"),
    ALL("all");

    private final String word;

    ImportMode(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
