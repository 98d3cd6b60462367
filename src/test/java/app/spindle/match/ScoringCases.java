package app.spindle.match;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The labelled scoring table in match/scoring-cases.json: a pool of releases shaped like
 * {@link Candidate}, and cases of a digital track, the candidates offered, and what must win.
 * {@code best} lists the acceptable winners (more than one only when the case is ambiguous).
 */
record ScoringCases(List<Candidate> releases, List<ScoringCases.Case> cases) {

    record Case(String name, DigitalTrack track, List<Long> candidates, List<Long> best, String deciding,
                boolean ambiguous, String side, String explains) {
    }

    static ScoringCases load() {
        try {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(TestFiles.bytes("scoring-cases.json"), ScoringCases.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Candidate> candidatesOf(Case c) {
        Map<Long, Candidate> byId = releases.stream().collect(Collectors.toMap(Candidate::releaseId, Function.identity()));
        return c.candidates().stream().map(id -> {
            Candidate candidate = byId.get(id);
            if (candidate == null) {
                throw new IllegalArgumentException(c.name() + ": no release " + id + " in the pool");
            }
            return candidate;
        }).toList();
    }
}
