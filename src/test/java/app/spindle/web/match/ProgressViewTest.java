package app.spindle.web.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spindle.web.Urls;
import org.junit.jupiter.api.Test;

class ProgressViewTest {
    private static ProgressView finished(int total, int requests, int pendingWants) {
        return new ProgressView(1, false, total, total, null, requests, pendingWants, new Urls(""));
    }

    @Test
    void a_batch_of_one_track_says_track_and_request_in_the_singular() {
        ProgressView one = finished(1, 1, 1);
        assertEquals("1 track matched, with 1 Discogs request", one.finished());
        assertEquals("1 wantlist addition queued.", one.queuedWants());
    }

    @Test
    void a_larger_batch_says_all_and_counts_in_the_plural() {
        assertEquals("All 1,200 tracks matched, with 3 Discogs requests", finished(1200, 3, 0).finished());
        assertEquals("All 2 tracks matched", finished(2, 0, 0).finished());
        assertEquals("2 wantlist additions queued.", finished(2, 0, 2).queuedWants());
    }
}
