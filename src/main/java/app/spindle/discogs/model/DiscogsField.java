package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A custom collection field: a {@link FieldType#DROPDOWN} has {@code options}, a {@link FieldType#TEXTAREA}
 * {@code lines}. Media Condition and Sleeve Condition are fields like any other.
 */
public record DiscogsField(
        int id,
        String name,
        FieldType type,
        int position,
        @JsonProperty("public") boolean isPublic,
        List<String> options,
        Integer lines) {

    public DiscogsField {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
