package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A custom collection field: {@code type} "dropdown" (with {@code options}) or "textarea" (with
 * {@code lines}). Media Condition and Sleeve Condition are fields like any other.
 */
public record DiscogsField(
        int id,
        String name,
        String type,
        int position,
        @JsonProperty("public") boolean isPublic,
        List<String> options,
        Integer lines) {

    public DiscogsField {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
