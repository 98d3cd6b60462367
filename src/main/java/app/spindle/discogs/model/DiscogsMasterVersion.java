package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One version of a master; {@code format} is one display string ("12\", 33 ⅓ RPM, Album"). */
public record DiscogsMasterVersion(
        long id,
        String title,
        String label,
        String country,
        String format,
        @JsonProperty("major_formats") List<String> majorFormats,
        String catno,
        String released,
        String status,
        String thumb,
        @JsonProperty("resource_url") String resourceUrl,
        Stats stats) {

    public DiscogsMasterVersion {
        majorFormats = majorFormats == null ? List.of() : List.copyOf(majorFormats);
    }

    /** The version as an entry of the master's list, its year read from {@code released} ("1971-05-00"). */
    public DiscogsListEntry asListEntry() {
        Integer year = released != null && released.length() >= 4 && released.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(released.substring(0, 4)) : null;
        return new DiscogsListEntry(DiscogsType.RELEASE, id, null, title, null, null, year, format, label, catno, country, thumb);
    }

    /** Collection and wantlist counts, for the user and for the community. */
    public record Stats(Counts user, Counts community) {
    }

    public record Counts(
            @JsonProperty("in_collection") int inCollection,
            @JsonProperty("in_wantlist") int inWantlist) {
    }
}
