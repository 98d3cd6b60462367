package app.spindle.web.entities;

import app.spindle.discogs.model.DiscogsEntityRef;
import app.spindle.web.Layout;
import java.util.List;

/** An artist: who they are, what you have of them, and their discography. */
public record ArtistPage(
        Layout layout,
        long id,
        String name,
        String realname,
        String profile,
        String imageUrl,
        List<DiscogsEntityRef> aliases,
        List<DiscogsEntityRef> members,
        List<DiscogsEntityRef> groups,
        List<String> nameVariations,
        Yours yours,
        String freshness,
        String refreshUrl,
        String discogsUrl,
        List<SortOption> sorts,
        ListSection discography) {

    /** One of Discogs' orders for a discography, with the link that shows it. */
    public record SortOption(String label, String url, boolean current) {
    }
}
