package app.spindle.discogs;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.FakeRequest;
import app.spindle.discogs.model.DiscogsModels;
import java.time.Duration;
import java.util.List;

/** A client wired to a FakeDiscogs the way Spindle wires it to Discogs, with short timeouts for tests. */
final class FakeDiscogsFixture {
    private FakeDiscogsFixture() {
    }

    static ApiSettings settings(FakeDiscogs fake) {
        return ApiSettings.defaults(fake.baseUrl())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withRetries(4, Duration.ofMillis(20), 8);
    }

    static DiscogsApiClient api(FakeDiscogs fake, RateGovernor governor) {
        DiscogsApiClient api = new DiscogsApiClient(settings(fake), governor, new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(fake.token()));
        return api;
    }

    /** The most requests the fake accepted in any moving window of the given length. */
    static int busiestWindow(List<FakeRequest> log, Duration window) {
        List<FakeRequest> accepted = log.stream().filter(r -> r.status() != 429).toList();
        int busiest = 0;
        int start = 0;
        for (int end = 0; end < accepted.size(); end++) {
            while (Duration.between(accepted.get(start).at(), accepted.get(end).at()).compareTo(window) >= 0) {
                start++;
            }
            busiest = Math.max(busiest, end - start + 1);
        }
        return busiest;
    }
}
