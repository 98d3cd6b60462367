package app.spindle.web.shelf;

import app.spindle.mirror.query.Facet;
import app.spindle.mirror.query.PriceOption;
import app.spindle.mirror.query.Shelf;
import app.spindle.mirror.query.ShelfFilter;
import app.spindle.mirror.query.ShelfSort;
import app.spindle.mirror.query.SizeOption;
import app.spindle.web.BadRequest;
import app.spindle.web.Params;
import app.spindle.web.SortOrder;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a browse request's query parameters and refuses, with a message a person understands, any
 * value that cannot be meant: a page that is not a number, an unknown sort, a decade like 1973.
 * The grid/list choice is remembered in a cookie; a {@code view} parameter wins and updates it.
 */
public final class ShelfParams {
    public static final int PAGE_SIZE = 60;
    public static final int MAX_TEXT = 200;
    public static final String VIEW_COOKIE = "spindle_view";

    private ShelfParams() {
    }

    public static ShelfRequest parse(Context ctx, Shelf shelf, String cookiePath) {
        ShelfFilter filter = filter(ctx::queryParam, shelf);
        ShelfSort sort = sort(ctx.queryParam("sort"), filter);
        if (!sort.key().appliesTo(shelf)) {
            throw new BadRequest("Only the wantlist can be sorted by price: prices are looked up for wants.");
        }
        return new ShelfRequest(shelf, filter, sort, Params.page(ctx), display(ctx, cookiePath));
    }

    /** The filter alone, from any source of parameters (a bulk form posts it). */
    public static ShelfFilter filter(java.util.function.UnaryOperator<String> param, Shelf shelf) {
        Map<Facet, String> values = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            String raw = param.apply(facet.param());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            if (!facet.appliesTo(shelf)) {
                throw new BadRequest("The " + shelf.name().toLowerCase(Locale.ROOT) + " cannot be narrowed by "
                        + facet.param() + ".");
            }
            String value = valueOf(facet, raw.strip());
            if (value != null) {
                values.put(facet, value);
            }
        }
        String text = param.apply("q");
        if (text != null && text.length() > MAX_TEXT) {
            throw new BadRequest("Search text can be at most " + MAX_TEXT + " characters long.");
        }
        return new ShelfFilter(values, text);
    }

    /** The query string of a browse state, "" or "?genre=Jazz&sort=artist-asc". */
    public static String queryOf(ShelfRequest request) {
        return ShelfLinks.query(request, request.display() == ShelfRequest.Display.LIST);
    }

    static String valueOf(Facet facet, String raw) {
        return switch (facet.kind()) {
            case TEXT -> {
                if (raw.length() > MAX_TEXT) {
                    throw new BadRequest("A " + facet.param() + " can be at most " + MAX_TEXT + " characters long.");
                }
                yield raw;
            }
            case SIZE -> SizeOption.fromLabel(raw).map(SizeOption::label).orElseThrow(() -> new BadRequest(
                    "There is no size \"" + raw + "\"; choose one of " + Arrays.stream(SizeOption.values())
                            .map(SizeOption::label).collect(Collectors.joining(", ")) + "."));
            case PRICE -> PriceOption.fromValue(raw).map(PriceOption::value).orElseThrow(() -> new BadRequest(
                    "There is no price filter \"" + raw + "\"; choose one of " + Arrays.stream(PriceOption.values())
                            .map(PriceOption::value).collect(Collectors.joining(", ")) + "."));
            case NUMBER -> number(facet, raw);
        };
    }

    private static String number(Facet facet, String raw) {
        long n;
        try {
            n = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new BadRequest("The " + facet.param() + " must be a whole number, not \"" + raw + "\".");
        }
        switch (facet) {
            case FOLDER -> require(n >= 0 && n <= Integer.MAX_VALUE, "There is no folder " + raw + ".");
            case DECADE -> require(n >= 1000 && n <= 2990 && n % 10 == 0,
                    "A decade is given by its first year, like 1970; \"" + raw + "\" is not one.");
            case YEAR -> require(n >= 1000 && n <= 2999, "The year " + raw + " is out of range.");
            case RATING -> require(n >= 0 && n <= 5, "A rating goes from 0 (unrated) to 5.");
            case LABEL -> require(n > 0, "There is no label " + raw + ".");
            default -> { }
        }
        // Folder 0 is Discogs's "All": the same as no folder at all.
        return facet == Facet.FOLDER && n == 0 ? null : Long.toString(n);
    }

    /** The chosen order; none chosen, the best matches first when words were typed, else the newest. */
    static ShelfSort sort(String raw, ShelfFilter filter) {
        if (raw == null || raw.isBlank()) {
            return ShelfSort.defaultFor(filter);
        }
        ShelfSort chosen = sort(raw);
        // a bookmark of a search whose words were then cleared: nothing to rank by
        return chosen.key().ranksByWords() && !filter.hasText() ? ShelfSort.NEWEST_FIRST : chosen;
    }

    private static ShelfSort sort(String raw) {
        String[] parts = raw.strip().split("-", 2);
        String problem = "Spindle cannot sort by \"" + raw + "\"; use one of " + Arrays.stream(ShelfSort.Key.values())
                .map(ShelfSort.Key::param).collect(Collectors.joining(", ")) + ", each optionally with -asc or -desc.";
        ShelfSort.Key key = Params.optionalWord(parts[0], ShelfSort.Key.values(), ShelfSort.Key::param, problem)
                .orElseThrow(() -> new BadRequest(problem));
        // "artist" alone is ascending; "artist-" promises a direction and gives none
        SortOrder order = parts.length == 1 ? SortOrder.ASC
                : Params.optionalWord(parts[1], SortOrder.values(), SortOrder::word, problem).orElseThrow(() -> new BadRequest(problem));
        return new ShelfSort(key, order.descending());
    }

    public static String sortParam(ShelfSort sort) {
        if (sort.key().ranksByWords()) {
            return sort.key().param();
        }
        return sort.key().param() + "-" + SortOrder.of(sort.descending()).word();
    }

    /** The grid/list choice a link or form sends as {@code view}; grid when none is given, a 400 for any other word. */
    public static ShelfRequest.Display view(String raw) {
        return Params.word(raw, ShelfRequest.Display.values(), ShelfRequest.Display.GRID,
                "The view is either grid or list, not \"" + raw + "\".");
    }

    private static ShelfRequest.Display display(Context ctx, String cookiePath) {
        String raw = ctx.queryParam("view");
        if (raw != null && !raw.isBlank()) {
            ShelfRequest.Display display = view(raw);
            Cookie cookie = new Cookie(VIEW_COOKIE, display.word(), cookiePath, 60 * 60 * 24 * 365, false, true, null,
                    SameSite.LAX);
            ctx.cookie(cookie);
            return display;
        }
        try {
            return view(ctx.cookie(VIEW_COOKIE));
        } catch (BadRequest e) {
            return ShelfRequest.Display.GRID; // a cookie no page of Spindle wrote: not worth a refusal
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new BadRequest(message);
        }
    }
}
