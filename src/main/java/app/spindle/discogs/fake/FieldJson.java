package app.spindle.discogs.fake;

import app.spindle.discogs.model.FieldType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Collection fields to and from the shape of {@code GET …/collection/fields} (see fields-2022.json). */
final class FieldJson {
    private FieldJson() {
    }

    static List<CollectionField> read(JsonNode document) {
        List<CollectionField> fields = new ArrayList<>();
        for (JsonNode f : document.path("fields")) {
            List<String> options = new ArrayList<>();
            f.path("options").forEach(o -> options.add(o.asText()));
            fields.add(new CollectionField(f.path("id").asInt(), f.path("name").asText(), FieldType.of(f.path("type").asText()),
                    f.path("position").asInt(), f.path("public").asBoolean(), options,
                    f.has("lines") ? f.get("lines").asInt() : null));
        }
        return fields;
    }

    static ObjectNode write(List<CollectionField> fields) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("fields");
        for (CollectionField field : fields) {
            ObjectNode node = list.addObject();
            node.put("id", field.id());
            node.put("name", field.name());
            node.put("type", field.type().word());
            node.put("position", field.position());
            node.put("public", field.isPublic());
            if (FieldType.DROPDOWN.equals(field.type())) {
                field.options().forEach(node.putArray("options")::add);
            } else if (field.lines() != null) {
                node.put("lines", field.lines());
            }
        }
        return body;
    }
}
