package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Collection items and wants as the listings show them, with basic_information from the release's facts. */
final class ListingJson {
    private static final DateTimeFormatter DISCOGS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneId.of("America/Los_Angeles"));

    private final Catalogue catalogue;
    private final BasicInformation basics = new BasicInformation();

    ListingJson(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    static String time(long epochSecond) {
        return DISCOGS_TIME.format(Instant.ofEpochSecond(epochSecond));
    }

    ObjectNode collectionItem(CollectionInstance instance, boolean owner, boolean authenticated) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("id", instance.releaseId());
        item.put("instance_id", instance.instanceId());
        item.put("date_added", time(instance.addedEpochSecond()));
        item.put("rating", instance.rating());
        item.set("basic_information", basics.write(catalogue.facts(instance.releaseId()), authenticated));
        item.put("folder_id", instance.folderId());
        if (owner) {
            ArrayNode notes = JsonNodeFactory.instance.arrayNode();
            instance.fields().forEach((fieldId, value) -> note(notes, fieldId, value));
            if (!notes.isEmpty()) {
                item.set("notes", notes);
            }
        }
        return item;
    }

    /** The 2022 answer to adding a release to a folder: the whole new item, basic_information without genres. */
    ObjectNode addedItem(CollectionInstance instance, String username) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("id", instance.releaseId());
        item.put("instance_id", instance.instanceId());
        item.put("rating", instance.rating());
        ObjectNode info = basics.write(catalogue.facts(instance.releaseId()), true);
        info.remove("genres");
        info.remove("styles");
        item.set("basic_information", info);
        item.put("date_added", time(instance.addedEpochSecond()));
        item.put("folder_id", instance.folderId());
        item.put("resource_url", BasicInformation.API + "/users/" + username + "/collection/folders/" + instance.folderId()
                + "/releases/" + instance.releaseId() + "?instance_id=" + instance.instanceId());
        return item;
    }

    ObjectNode want(WantEntry want, String username, boolean authenticated) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("id", want.releaseId());
        item.put("resource_url", BasicInformation.API + "/users/" + username + "/wants/" + want.releaseId());
        item.put("rating", want.rating());
        item.put("date_added", time(want.addedEpochSecond()));
        item.set("basic_information", basics.write(catalogue.facts(want.releaseId()), authenticated));
        item.put("notes", want.notes());
        return item;
    }

    private static void note(ArrayNode notes, int fieldId, String value) {
        if (value != null) {
            notes.addObject().put("field_id", fieldId).put("value", value);
        }
    }
}
