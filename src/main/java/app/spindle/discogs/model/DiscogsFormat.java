package app.spindle.discogs.model;

import java.util.List;

/** One format line of a release; {@code qty} is a string in the API ("2" for a double LP). */
public record DiscogsFormat(String name, String qty, List<String> descriptions, String text) {
    public DiscogsFormat {
        descriptions = descriptions == null ? List.of() : List.copyOf(descriptions);
    }
}
