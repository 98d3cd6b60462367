package app.spindle.discogs.fake;

import java.util.List;

/** The physical shapes a generated release comes in, with how its tracklist is laid out. */
enum FormatKind {
    SEVEN_INCH("Vinyl", "7\"", 2),
    TEN_INCH("Vinyl", "10\"", 2),
    TWELVE_INCH("Vinyl", "12\"", 2),
    LP("Vinyl", "LP", 2),
    DOUBLE_LP_GATEFOLD("Vinyl", "LP", 4),
    BOX_SET("Box Set", "LP", 0),
    CD("CD", null, 0);

    private final String name;
    private final String size;
    private final int sides;

    FormatKind(String name, String size, int sides) {
        this.name = name;
        this.size = size;
        this.sides = sides;
    }

    String formatName() {
        return name;
    }

    boolean isVinyl() {
        return this != CD;
    }

    /** Sides of vinyl; a box set's count depends on how many records it holds. */
    int sides(int records) {
        return this == BOX_SET ? records * 2 : sides;
    }

    /** The words a format filter ("Vinyl", "7\"", "LP", "CD", "Box Set") matches for this kind. */
    List<String> filterWords() {
        return switch (this) {
            case BOX_SET -> List.of("Box Set", "Vinyl", "LP");
            case CD -> List.of("CD");
            default -> List.of(name, size);
        };
    }
}
