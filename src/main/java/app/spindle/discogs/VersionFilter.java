package app.spindle.discogs;

import java.util.LinkedHashMap;
import java.util.Map;

/** Filters of a master's versions; null means no filter. {@code released} is a year. */
public record VersionFilter(String format, String country, String label, String released) {
    public static final VersionFilter NONE = new VersionFilter(null, null, null, null);

    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("format", format);
        parameters.put("country", country);
        parameters.put("label", label);
        parameters.put("released", released);
        return parameters;
    }
}
