package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The value of one custom collection field (see {@link DiscogsField}) on one copy. */
public record DiscogsCollectionNote(@JsonProperty("field_id") int fieldId, String value) {
}
