package app.spindle.web.match;

import app.spindle.match.BatchRow;
import app.spindle.web.Layout;
import app.spindle.web.Moment;
import java.time.Instant;
import java.util.List;

/**
 * The match page: the one-track form with its result, the paste and upload forms, recent batches.
 * {@code candidates} is null until a track was asked for; {@code notice} explains an empty result
 * or what could not be done.
 */
public record MatchPage(Layout layout, MatchForm form, List<CandidateView> candidates, String stateLabel, String notice,
                        String error, List<BatchRow> batches, String maxUpload, boolean discogsConnected) {

    public boolean asked() {
        return candidates != null;
    }

    /** When a batch was made, in words with the exact time on hover. */
    public Moment made(BatchRow batch) {
        return Moment.of(batch.createdAt(), Instant.now());
    }

    public String progress(BatchRow batch) {
        return batch.unfinished() ? "matching…" : "done";
    }
}
