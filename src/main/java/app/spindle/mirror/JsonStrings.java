package app.spindle.mirror;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Short string lists (format descriptions, field options) stored as a JSON array in one column. */
public final class JsonStrings {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };

    private JsonStrings() {
    }

    static String write(List<String> values) {
        try {
            return MAPPER.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a list of strings", e);
        }
    }

    /** A list as the mirror stored it; a damaged value reads as no values, so that a page still shows the rest. */
    public static List<String> readOrNone(String json) {
        try {
            return read(json);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    static List<String> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(MAPPER.readValue(json, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a JSON list of strings: " + json, e);
        }
    }
}
