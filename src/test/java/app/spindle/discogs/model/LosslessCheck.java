package app.spindle.discogs.model;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Compares a model written back to JSON with the original response: every field the model keeps
 * must hold the original value. Fields the response lacks may only be null or empty in the model,
 * a master id of 0 may have become null (both mean "no master"), and a single value may have become
 * a list of one (older search results).
 */
final class LosslessCheck {
    private LosslessCheck() {
    }

    static void assertKeeps(JsonNode original, JsonNode kept, String path) {
        if (kept.isObject()) {
            if (!original.isObject()) {
                fail(path + ": expected an object in the response, was " + original);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = kept.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                JsonNode source = original.get(name);
                if (source == null || source.isNull()) {
                    if (!(value.isNull() || (value.isContainerNode() && value.isEmpty()))) {
                        fail(path + "." + name + ": absent in the response but " + value + " in the model");
                    }
                } else if (name.equals("master_id") && source.asLong() == 0 && value.isNull()) {
                    continue;
                } else {
                    assertKeeps(source, value, path + "." + name);
                }
            }
        } else if (kept.isArray() && kept.size() == 1 && original.isValueNode()) {
            assertKeeps(original, kept.get(0), path);
        } else if (kept.isArray()) {
            if (!original.isArray() || original.size() != kept.size()) {
                fail(path + ": expected an array of " + kept.size() + ", response has " + original);
            }
            for (int i = 0; i < kept.size(); i++) {
                assertKeeps(original.get(i), kept.get(i), path + "[" + i + "]");
            }
        } else if (kept.isNumber() && original.isNumber()) {
            if (kept.decimalValue().compareTo(original.decimalValue()) != 0) {
                fail(path + ": " + original + " became " + kept);
            }
        } else if (!kept.equals(original)) {
            fail(path + ": " + original + " became " + kept);
        }
    }
}
