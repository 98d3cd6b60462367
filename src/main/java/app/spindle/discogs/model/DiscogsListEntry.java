package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of a Discogs list (an artist's discography, a label's catalogue, a master's versions): what the
 * list says of a release or a master, and what the mirror stores of it. Fields a list does not give are null:
 * {@code role} only a discography has, {@code catno} and {@code country} only catalogues and versions.
 */
public record DiscogsListEntry(
        @JsonProperty("type") DiscogsType entryType,
        @JsonProperty("id") long entryId,
        @JsonProperty("main_release") Long mainReleaseId,
        String title,
        String artist,
        DiscographyRole role,
        Integer year,
        String format,
        String label,
        String catno,
        String country,
        String thumb) {

    /** Lists hold releases and masters: an entry of no type (a catalogue's, a version's) is a release. */
    public DiscogsListEntry {
        entryType = entryType == DiscogsType.MASTER ? DiscogsType.MASTER : DiscogsType.RELEASE;
        // Discogs writes 0 for an unknown year
        year = year == null || year == 0 ? null : year;
    }

    @JsonIgnore
    public boolean isMaster() {
        return entryType == DiscogsType.MASTER;
    }
}
