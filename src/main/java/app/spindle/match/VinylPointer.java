package app.spindle.match;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "This is a CD — the vinyl pressing is below": a candidate that is the right record on another format points at
 * the vinyl pressing of the same record in the same list, since the vinyl is what the matcher is for.
 */
public final class VinylPointer {
    /** How the scorer starts the reason of a candidate that is not vinyl: "this is a CD". */
    static final String THIS_IS_A = "this is a ";

    private VinylPointer() {
    }

    /**
     * For each pressing that is not vinyl while a vinyl pressing of the same record (same artist and title) is in the
     * list, "above" or "below": where the first such vinyl pressing is shown.
     */
    public static Map<Long, String> directions(List<Pressing> pressings) {
        Map<String, Integer> firstVinyl = new LinkedHashMap<>();
        for (int i = 0; i < pressings.size(); i++) {
            if (isVinyl(pressings.get(i))) {
                firstVinyl.putIfAbsent(PressingComparison.record(pressings.get(i)), i);
            }
        }
        Map<Long, String> directions = new HashMap<>();
        for (int i = 0; i < pressings.size(); i++) {
            Pressing p = pressings.get(i);
            Integer vinyl = firstVinyl.get(PressingComparison.record(p));
            if (vinyl != null && !isVinyl(p) && p.formats() != null && !p.formats().isBlank()) {
                directions.put(p.releaseId(), vinyl < i ? "above" : "below");
            }
        }
        return directions;
    }

    /** The explanation with its "this is a CD" reason pointing at the vinyl pressing; unchanged without a direction. */
    public static String pointed(String explanation, String direction) {
        if (explanation == null || direction == null) {
            return explanation;
        }
        String[] reasons = explanation.split("; ");
        for (int i = 0; i < reasons.length; i++) {
            if (reasons[i].startsWith(THIS_IS_A)) {
                reasons[i] = reasons[i] + " \u2014 the vinyl pressing is " + direction;
            }
        }
        return String.join("; ", reasons);
    }

    private static boolean isVinyl(Pressing p) {
        return p.formats() != null && p.formats().toLowerCase(Locale.ROOT).contains("vinyl");
    }
}
