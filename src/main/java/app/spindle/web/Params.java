package app.spindle.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one reader of the parameters every page group shares: page, id, rating, folder, and the words a URL or
 * form carries (a view, an order, a mode), each read into its enum. Each has one rule, and a value that breaks
 * it is a 400 with a sentence saying what was wrong.
 */
public final class Params {
    /** The highest page any list accepts: more than a record collection of any size needs. */
    public static final int MAX_PAGE = 100_000;

    private Params() {
    }

    /** The {@code page} asked for, from 1 to {@link #MAX_PAGE}; 1 when none is given. */
    public static int page(Context ctx) {
        return page(ctx, MAX_PAGE);
    }

    /** The {@code page} asked for, from 1 to {@code last} (a list whose length is known); 1 when none is given. */
    public static int page(Context ctx, int last) {
        String raw = ctx.queryParam("page");
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        Long page = number(raw);
        if (page != null && page >= 1 && page <= last) {
            return page.intValue();
        }
        throw new BadRequest("The page must be a whole number from 1 to " + last + ", not \"" + shorten(raw) + "\".");
    }

    /** A Discogs id from the path: a positive whole number. */
    public static long pathId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        // digits only, unstripped: one release has one address
        if (raw.matches("[0-9]{1,18}") && Long.parseLong(raw) > 0) {
            return Long.parseLong(raw);
        }
        throw new BadRequest("'" + shorten(raw) + "' is not a Discogs id: ids are positive whole numbers.");
    }

    /** A positive whole number (a Discogs or Spindle id) sent by a form, or a 400 with {@code problem}. */
    public static long id(String raw, String problem) {
        Long id = raw == null ? null : number(raw.strip());
        if (id != null && id > 0) {
            return id;
        }
        throw new BadRequest(problem);
    }

    /** A rating from 0 (unrated) to 5; 0 when none is given. */
    public static int rating(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        Long rating = number(raw.strip());
        if (rating != null && rating >= 0 && rating <= 5) {
            return rating.intValue();
        }
        throw new BadRequest("A rating goes from 0 (unrated) to 5, not \"" + shorten(raw) + "\".");
    }

    /** A Discogs folder to put a copy in: a folder id, never 0 ("All"); {@code absent} when none is given. */
    public static long folder(String raw, long absent) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        Long folder = number(raw.strip());
        if (folder == null) {
            throw new BadRequest("The folder must be a folder id.");
        }
        if (folder < 1) {
            throw new BadRequest("Choose a folder to add to (not All).");
        }
        return folder;
    }

    /**
     * The constant of {@code choices} whose {@code word} is {@code raw}, ignoring case and surrounding blanks; empty
     * when none is given; any other word is a 400 with {@code problem}.
     */
    public static <E extends Enum<E>> Optional<E> optionalWord(String raw, E[] choices, Function<E, String> word,
                                                             String problem) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(lookup(raw, choices, word).orElseThrow(() -> new BadRequest(problem)));
    }

    /** The constant of {@code choices} whose {@code word} is {@code raw}, if any: for a word in a path (none is a 404). */
    public static <E extends Enum<E>> Optional<E> lookup(String raw, E[] choices, Function<E, String> word) {
        String wanted = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(choices).filter(c -> word.apply(c).toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The same, {@code absent} when none is given. */
    public static <E extends Enum<E>> E word(String raw, E[] choices, Function<E, String> word, E absent, String problem) {
        return optionalWord(raw, choices, word, problem).orElse(absent);
    }

    /** The same, for an enum whose word is its name in lower case ({@code GRID} is "grid"). */
    public static <E extends Enum<E>> E word(String raw, E[] choices, E absent, String problem) {
        return word(raw, choices, Params::lowerCase, absent, problem);
    }

    /** The word of such an enum's constant: its name in lower case. */
    public static String lowerCase(Enum<?> choice) {
        return choice.name().toLowerCase(Locale.ROOT);
    }

    /** A yes/no switch of a link ({@code ?missing=1}), read by {@link #flag(String, String)}. */
    public static boolean flag(Context ctx, String name) {
        return flag(ctx.queryParam(name), name);
    }

    /**
     * A yes/no switch: 1, true or on (what a checkbox without a value sends) is yes; 0, false or nothing is no;
     * anything else a 400 naming the switch.
     */
    public static boolean flag(String raw, String name) {
        String value = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (List.of("", "0", "false").contains(value)) {
            return false;
        }
        if (List.of("1", "true", "on").contains(value)) {
            return true;
        }
        throw new BadRequest("The " + name + " switch is 1 or 0, not \"" + shorten(raw) + "\".");
    }

    /** A whole number written plainly (Long.parseLong would also take "+1"); null if it is not one. */
    private static Long number(String raw) {
        String s = raw.strip();
        return s.matches("-?[0-9]{1,18}") ? Long.valueOf(s) : null;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
