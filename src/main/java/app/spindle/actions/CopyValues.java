package app.spindle.actions;

import app.spindle.discogs.model.DiscogsCollectionItem;
import app.spindle.discogs.model.DiscogsCollectionNote;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a copy holds besides its release: folder, rating and the value of each collection field. Undo after a
 * removal puts a new copy back with these values; the queue keeps the fields in the action's text as JSON.
 */
public record CopyValues(long releaseId, long folderId, int rating, Map<Integer, String> fields) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public CopyValues {
        fields = Map.copyOf(fields);
    }

    static String encode(Map<Integer, String> fields) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields an add_copy action restores; none for a plain add. */
    static Map<Integer, String> decode(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(text, new TypeReference<TreeMap<Integer, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an add_copy action holds unreadable field values", e);
        }
    }

    /** The copy as Discogs holds it after the values were written: what goes into the mirror. */
    static DiscogsCollectionItem withValues(DiscogsCollectionItem copy, int rating, Map<Integer, String> fields) {
        if (rating == 0 && fields.isEmpty()) {
            return copy;
        }
        List<DiscogsCollectionNote> notes = new ArrayList<>();
        fields.forEach((id, value) -> notes.add(new DiscogsCollectionNote(id, value)));
        return new DiscogsCollectionItem(copy.id(), copy.instanceId(), copy.folderId(), rating, copy.dateAdded(), notes,
                copy.basicInformation(), copy.resourceUrl());
    }
}
