package app.spindle.mirror;

import app.spindle.discogs.model.DiscogsFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a format line says about the physical record, read from its descriptions and free text:
 * size ({@code 7"}, {@code 10"}, {@code 12"}), speed ({@code 33}, {@code 45}, {@code 78}), colour
 * ({@code Red Translucent}) and weight in grams. Each is null when the format does not say.
 */
public record FormatTraits(String size, String speed, String colour, Integer weightGrams) {

    private static final Pattern SIZE = Pattern.compile("^(\\d{1,2})(?:\\.\\d)?\"$");
    private static final Pattern SPEED = Pattern.compile("^(\\d{1,2})(?:\\s*[⅓⅔]|\\s*1/3|\\s*2/3)?\\s*RPM$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT = Pattern.compile("(?<![\\d.])(\\d{2,3})\\s*(?:g|gr|grs|gm|gram|grams)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLOUR_WORD = Pattern.compile("\\b(black|white|red|blue|green|yellow|orange|purple"
            + "|pink|violet|clear|transparent|translucent|gold|golden|silver|grey|gray|brown|cream|beige|turquoise"
            + "|teal|magenta|maroon|burgundy|amber|bronze|marble|marbled|splatter|swirl|smoke|smoky|olive|navy"
            + "|cyan|lilac|lavender|coke bottle|colou?red|multicolou?r(?:ed)?|glow in the dark)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_THE_DISC = Pattern.compile("\\b(label|sleeve|cover|insert|print|inner|obi|"
            + "poster|sticker|box|shrink)\\b", Pattern.CASE_INSENSITIVE);

    public static FormatTraits of(DiscogsFormat format) {
        List<String> descriptions = format.descriptions();
        String text = format.text() == null ? "" : format.text();
        return new FormatTraits(size(format.name(), descriptions, text), speed(descriptions),
                colour(text), weight(descriptions, text));
    }

    private static String size(String name, List<String> descriptions, String text) {
        for (String d : descriptions) {
            Matcher m = SIZE.matcher(d.trim());
            if (m.matches()) {
                return m.group(1) + "\"";
            }
        }
        // An LP is a 12" record unless the format says otherwise; Discogs often lists only "LP".
        boolean vinyl = name != null && name.equalsIgnoreCase("Vinyl");
        if (vinyl && descriptions.stream().anyMatch(d -> d.equalsIgnoreCase("LP"))) {
            return "12\"";
        }
        for (String part : text.split(",")) {
            Matcher m = SIZE.matcher(part.trim());
            if (m.matches()) {
                return m.group(1) + "\"";
            }
        }
        return null;
    }

    private static String speed(List<String> descriptions) {
        for (String d : descriptions) {
            Matcher m = SPEED.matcher(d.trim());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String colour(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("[,;/]")) {
            String p = part.trim();
            if (!p.isEmpty() && COLOUR_WORD.matcher(p).find() && !NOT_THE_DISC.matcher(p).find()) {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static Integer weight(List<String> descriptions, String text) {
        List<String> sources = new ArrayList<>(descriptions);
        sources.add(text);
        for (String s : sources) {
            Matcher m = WEIGHT.matcher(s.toLowerCase(Locale.ROOT));
            if (m.find()) {
                int grams = Integer.parseInt(m.group(1));
                if (grams >= 40 && grams <= 250) {
                    return grams;
                }
            }
        }
        return null;
    }
}
