package app.spindle.discogs.fake;

import java.util.Map;
import java.util.TreeMap;

/**
 * One copy of a release in the collection. {@code fields} holds the values of the account's collection
 * fields by field id: 1 Media Condition, 2 Sleeve Condition, 3 Notes, and any custom field the owner defined;
 * a field the owner left empty has no entry.
 */
public record CollectionInstance(
        long instanceId,
        long releaseId,
        int folderId,
        int rating,
        long addedEpochSecond,
        Map<Integer, String> fields) {

    static final int MEDIA = 1;
    static final int SLEEVE = 2;
    static final int NOTES = 3;

    public CollectionInstance {
        fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    public CollectionInstance withFolder(int folder) {
        return new CollectionInstance(instanceId, releaseId, folder, rating, addedEpochSecond, fields);
    }

    public CollectionInstance withRating(int stars) {
        return new CollectionInstance(instanceId, releaseId, folderId, stars, addedEpochSecond, fields);
    }

    /** The copy with one field set, or cleared when {@code value} is null. */
    public CollectionInstance withField(int fieldId, String value) {
        Map<Integer, String> changed = new TreeMap<>(fields);
        if (value == null) {
            changed.remove(fieldId);
        } else {
            changed.put(fieldId, value);
        }
        return new CollectionInstance(instanceId, releaseId, folderId, rating, addedEpochSecond, changed);
    }

    public String field(int fieldId) {
        return fields.get(fieldId);
    }
}
