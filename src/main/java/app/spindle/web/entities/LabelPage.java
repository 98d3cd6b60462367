package app.spindle.web.entities;

import app.spindle.discogs.model.DiscogsEntityRef;
import app.spindle.web.Layout;
import java.util.List;

/** A label: profile, parent and sub-labels, what you have on it, and its catalogue with your completion. */
public record LabelPage(
        Layout layout,
        long id,
        String name,
        String profile,
        String contactInfo,
        String imageUrl,
        DiscogsEntityRef parent,
        List<DiscogsEntityRef> sublabels,
        List<String> urls,
        Yours yours,
        String freshness,
        String refreshUrl,
        String discogsUrl,
        String allUrl,
        String missingUrl,
        boolean missingOnly,
        ListSection catalogue) {
}
