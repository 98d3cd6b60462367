package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A collection folder with its current number of items. */
public record CollectionFolder(int id, String name, int count) {

    /** The folder as the API answers it, in a listing or alone. */
    ObjectNode json(ObjectMapper mapper, String username) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", id);
        node.put("name", name);
        node.put("count", count);
        node.put("resource_url", BasicInformation.API + "/users/" + username + "/collection/folders/" + id);
        return node;
    }
}
