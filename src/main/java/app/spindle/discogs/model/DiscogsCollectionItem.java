package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One owned copy: {@code id} is the release, {@code instanceId} the copy (a release can be owned
 * several times). {@code notes} (owner only) holds the custom field values, e.g. media condition.
 */
public record DiscogsCollectionItem(
        long id,
        @JsonProperty("instance_id") long instanceId,
        @JsonProperty("folder_id") long folderId,
        int rating,
        @JsonProperty("date_added") String dateAdded,
        List<DiscogsCollectionNote> notes,
        @JsonProperty("basic_information") DiscogsBasicInformation basicInformation,
        @JsonProperty("resource_url") String resourceUrl) {

    public DiscogsCollectionItem {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
