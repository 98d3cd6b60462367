package app.spindle.web.entities;

import app.spindle.web.Layout;
import app.spindle.web.Option;
import app.spindle.web.shelf.ItemText;
import java.util.List;

/** A master: cover, main release, tracklist, genres and styles, and every version with filters and marks. */
public record MasterPage(
        Layout layout,
        long id,
        String title,
        List<NameLink> artists,
        Integer year,
        String coverUrl,
        Long mainReleaseId,
        List<String> genres,
        List<String> styles,
        List<TrackLine> tracklist,
        String freshness,
        String refreshUrl,
        String discogsUrl,
        VersionFilters filters,
        ListSection versions) {

    /** Up to two letters for the cover placeholder. */
    public String initials() {
        return ItemText.initials(artists.isEmpty() ? null : artists.get(0).name(), title);
    }

    public record TrackLine(String position, String title, String duration, boolean heading) {
    }

    /** The chosen filters and sort of the versions, and the values on offer (from the stored versions). */
    public record VersionFilters(List<Option> sorts, List<Option> formats, List<Option> countries, List<Option> years,
                                 List<Option> labels) {
    }
}
