package app.spindle.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Which pressing should I buy?": among candidates that are the same record, says for each what sets it
 * apart — country, year, label and catalog number, format and weight, original or reissue, a runout
 * inscription, and how many have and want it on Discogs. Only what differs within the group is named, so
 * the note answers the question rather than repeating the record.
 */
public final class PressingComparison {
    private static final Pattern WEIGHT = Pattern.compile("(?i)\\b(\\d{2,3})\\s*(?:gram|g)\\b");
    private static final List<String> SIZES = List.of("LP", "12\"", "10\"", "7\"", "2xLP", "3xLP");
    private static final List<String> EDITION_WORDS = List.of("Limited Edition", "Numbered", "Promo", "Test Pressing",
            "Club Edition", "Unofficial Release", "Remastered", "Coloured", "Gatefold");
    private static final List<String> REISSUE_WORDS = List.of("Reissue", "Repress", "Re-press");

    private PressingComparison() {
    }

    /** Notes for every pressing that shares its record with another one in the list; the others get none. */
    public static Map<Long, String> notes(List<Pressing> pressings) {
        Map<String, List<Pressing>> records = new LinkedHashMap<>();
        for (Pressing p : pressings) {
            records.computeIfAbsent(record(p), r -> new ArrayList<>()).add(p);
        }
        Map<Long, String> notes = new HashMap<>();
        for (List<Pressing> group : records.values()) {
            if (group.size() > 1) {
                for (Pressing p : group) {
                    String note = note(p, group);
                    if (!note.isEmpty()) {
                        notes.put(p.releaseId(), note);
                    }
                }
            }
        }
        return notes;
    }

    /** Pressings of one record share their artist and title, as normalised for matching. */
    static String record(Pressing p) {
        return TextNormalizer.artist(p.artist()).main() + "|" + TextNormalizer.album(p.title());
    }

    static String note(Pressing p, List<Pressing> group) {
        List<String> parts = new ArrayList<>();
        if (differs(group, Pressing::country) && p.country() != null && !p.country().isBlank()) {
            parts.add(p.country());
        }
        if (differs(group, Pressing::year) && p.year() != null) {
            parts.add(String.valueOf(p.year()));
        }
        String edition = edition(p, group);
        if (edition != null) {
            parts.add(edition);
        }
        if (differs(group, x -> x.labels() + "|" + x.catnos())) {
            String labelCatno = String.join(" ", List.of(Objects.toString(p.labels(), ""), Objects.toString(p.catnos(), ""))).strip();
            if (!labelCatno.isEmpty()) {
                parts.add(labelCatno);
            }
        }
        if (differs(group, PressingComparison::format)) {
            String format = format(p);
            if (!format.isEmpty()) {
                parts.add(format);
            }
        }
        if (p.matrix() != null && !p.matrix().isBlank()) {
            parts.add("runout \u201c" + p.matrix() + "\u201d");
        }
        if (p.have() != null && p.want() != null) {
            parts.add(String.format(Locale.ROOT, "%,d have, %,d want", p.have(), p.want()));
        }
        return String.join(" · ", parts);
    }

    /** "original" for the earliest pressing not marked as a reissue, "reissue" for one marked or later. */
    private static String edition(Pressing p, List<Pressing> group) {
        boolean marked = words(p.formats()).stream().anyMatch(REISSUE_WORDS::contains);
        Integer earliest = group.stream().map(Pressing::year).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        if (marked) {
            return "reissue";
        }
        if (p.year() == null || earliest == null || group.stream().map(Pressing::year).distinct().count() < 2) {
            return null;
        }
        return p.year().equals(earliest) ? "original pressing" : "later pressing";
    }

    /** Size, weight and what makes the edition special: "LP, 180 g, Limited Edition". */
    static String format(Pressing p) {
        List<String> words = words(p.formats());
        List<String> out = new ArrayList<>();
        words.stream().filter(SIZES::contains).findFirst().ifPresent(out::add);
        Matcher weight = WEIGHT.matcher(Objects.toString(p.formats(), ""));
        if (weight.find()) {
            out.add(weight.group(1) + " g");
        }
        words.stream().filter(EDITION_WORDS::contains).forEach(out::add);
        return String.join(", ", out);
    }

    private static List<String> words(String formats) {
        if (formats == null || formats.isBlank()) {
            return List.of();
        }
        return List.of(formats.split("\\s*,\\s*"));
    }

    private static boolean differs(List<Pressing> group, Function<Pressing, Object> value) {
        return group.stream().map(value).map(v -> Objects.toString(v, "")).distinct().count() > 1;
    }
}
