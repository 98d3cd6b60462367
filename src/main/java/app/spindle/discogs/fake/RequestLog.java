package app.spindle.discogs.fake;

import java.util.ArrayList;
import java.util.List;

/** Every API request answered, in order, with counters for tests and the demo's status. */
final class RequestLog {
    private final List<FakeRequest> requests = new ArrayList<>();
    private long total;
    private long rateLimited;

    synchronized void add(FakeRequest request) {
        requests.add(request);
        total++;
        if (request.status() == 429) {
            rateLimited++;
        }
    }

    synchronized List<FakeRequest> snapshot() {
        return List.copyOf(requests);
    }

    synchronized long total() {
        return total;
    }

    synchronized long rateLimited() {
        return rateLimited;
    }

    synchronized void reset() {
        requests.clear();
        total = 0;
        rateLimited = 0;
    }
}
