package app.spindle.browser;

import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.SearchQuery;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.DiscogsSearchResult;
import java.time.Duration;

/** A vinyl release of the fake's catalogue that its account neither has nor wants: matching offers to want it. */
final class UnownedRelease {
    private UnownedRelease() {
    }

    static DiscogsRelease of(FakeDiscogs discogs) {
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults(discogs.baseUrl()),
                new RateGovernor(6000, Duration.ofSeconds(60)), new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(discogs.token()));
        DiscogsClient client = new DiscogsClient(api);
        for (DiscogsSearchResult r : client.search(SearchQuery.any().type("release").format("Vinyl"), 1, 100).results()) {
            if (!discogs.account().collectionReleaseIds().contains(r.id()) && !discogs.account().wantReleaseIds().contains(r.id())) {
                return client.release(r.id());
            }
        }
        throw new IllegalStateException("every release is owned or wanted");
    }

    /** "Artist - Title" of the release's first track, as a line pasted into Match finds it. */
    static String pastedLine(DiscogsRelease release) {
        String artist = release.artists().get(0).name().replaceAll(" \\(\\d+\\)$", "");
        String title = release.tracklist().stream().filter(t -> !t.isHeading() && t.subTracks().isEmpty()).findFirst()
                .orElseThrow().title();
        return artist + " - " + title;
    }
}
