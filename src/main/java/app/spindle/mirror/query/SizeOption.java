package app.spindle.mirror.query;

import java.util.Optional;

/**
 * The record sizes and kinds people sort their shelves by. Each carries its own SQL condition on the
 * shelf row {@code i}; they are constants, so they can be written into the query as they are.
 */
public enum SizeOption implements FixedChoice {
    // An LP is a 12" record whose first format says "LP": the size column narrows it before the lookup.
    LP("LP", "(i.format_size = '12\"' AND EXISTS (SELECT 1 FROM release_formats f WHERE f.release_id = i.release_id"
            + " AND f.position = 0 AND f.descriptions LIKE '%\"LP\"%'))"),
    TWELVE_INCH("12\"", "i.format_size = '12\"'"),
    TEN_INCH("10\"", "i.format_size = '10\"'"),
    SEVEN_INCH("7\"", "i.format_size = '7\"'"),
    // Discogs lists a box set's "Box Set" format first, so the copied first format name is enough.
    BOX_SET("Box Set", "i.format_name = 'Box Set'");

    private final String label;
    private final String condition;

    SizeOption(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    /** What people see and what the URL carries: {@code LP}, {@code 12"}, {@code Box Set}. */
    @Override
    public String label() {
        return label;
    }

    @Override
    public String value() {
        return label;
    }

    @Override
    public String condition() {
        return condition;
    }

    public static Optional<SizeOption> fromLabel(String value) {
        for (SizeOption option : values()) {
            if (option.label.equalsIgnoreCase(value)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }
}
