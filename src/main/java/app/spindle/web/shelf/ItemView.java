package app.spindle.web.shelf;

import app.spindle.web.entities.NameLink;
import app.spindle.web.prices.CardPrice;
import java.util.List;

/**
 * One entry as a card or a row. {@code coverUrl} is null when no cover is stored locally (the
 * template draws a placeholder with {@code initials}); {@code removeUrl} only on the wantlist; {@code editUrl}
 * answers the card's small edit form (rating, folder or notes); {@code price} only on a want whose price was
 * looked up or that has a target; {@code artistLinks} each main artist linked to their page, empty until the
 * release's artists are mirrored.
 */
public record ItemView(long key, long releaseId, String domId, String artist, String title, String year,
                       String label, String catno, String format, String country, String coverUrl, String initials,
                       int rating, String stars, String added, String folder, String media, String sleeve,
                       String notes, String releaseUrl, String removeUrl, String editUrl, CardPrice price,
                       List<NameLink> artistLinks) {

    public String ratingLabel() {
        return rating == 0 ? "Not rated" : "Rated " + rating + " of 5";
    }

    public String labelAndCatno() {
        if (label == null || label.isEmpty()) {
            return catno == null ? "" : catno;
        }
        return catno == null || catno.isEmpty() ? label : label + " · " + catno;
    }
}
