package app.spindle.match;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How well a candidate fits a digital track. {@code confidence} runs from 0 to 1; {@code parts} are
 * the fields both sides had, each with its weight and similarity, so the page can say why;
 * {@code missing} names fields the track had and the candidate lacked (they lower confidence a
 * little, never like a mismatch); {@code track} is the matching tracklist entry or null.
 */
public record Score(Candidate candidate, double confidence, List<ScorePart> parts, List<String> missing,
                    TrackMatch track) {

    public Score {
        parts = List.copyOf(parts);
        missing = List.copyOf(missing);
    }

    public Optional<ScorePart> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * What a part adds to the confidence: its share of the weighted mean, scaled like the confidence
     * is for missing fields. The parts' contributions add up to the confidence.
     */
    public double contribution(String name) {
        double total = parts.stream().mapToDouble(ScorePart::weight).sum();
        double mean = parts.stream().mapToDouble(p -> p.weight() * p.similarity()).sum();
        if (total == 0 || mean == 0) {
            return 0;
        }
        return part(name).map(p -> p.weight() * p.similarity() / mean * confidence).orElse(0.0);
    }

    /** The explanations, most weighty first: "catalog number PB 41447 matches exactly; artist …". */
    public String explanation() {
        return parts.stream().map(ScorePart::explanation).collect(Collectors.joining("; "));
    }
}
