package app.spindle.discogs.fake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The year, country, format, genre and style filters of a search, applied to one generated release. */
final class ReleaseFilter {
    private final GeneratedReleases releases;
    private final GeneratedCatalogue catalogue;
    private final SearchQuery query;
    private final int fromYear;
    private final int toYear;
    private final Map<Integer, List<String>> stylesOfWork = new HashMap<>();

    ReleaseFilter(GeneratedReleases releases, SearchQuery query) {
        this.releases = releases;
        this.catalogue = releases.catalogue();
        this.query = query;
        int[] years = years(query.year());
        this.fromYear = years[0];
        this.toYear = years[1];
    }

    boolean test(int k) {
        int work = catalogue.workOf[k];
        if (query.year() != null && (catalogue.yearOf[k] < fromYear || catalogue.yearOf[k] > toYear)) {
            return false;
        }
        if (query.country() != null && !catalogue.country(k).equalsIgnoreCase(query.country())) {
            return false;
        }
        if (query.genre() != null && !catalogue.genre(work).equalsIgnoreCase(query.genre())) {
            return false;
        }
        if (query.format() != null && !formatMatches(k, work)) {
            return false;
        }
        if (query.style() != null) {
            List<String> styles = stylesOfWork.computeIfAbsent(work, j -> releases.work(j).styles());
            return styles.stream().anyMatch(style -> style.equalsIgnoreCase(query.style()));
        }
        return true;
    }

    private boolean formatMatches(int k, int work) {
        String wanted = query.format();
        if (catalogue.format(k).filterWords().stream().anyMatch(word -> word.equalsIgnoreCase(wanted))) {
            return true;
        }
        String type = switch (catalogue.workKind[work]) {
            case GeneratedCatalogue.SINGLE -> "Single";
            case GeneratedCatalogue.EP -> "EP";
            case GeneratedCatalogue.ALBUM -> "Album";
            default -> "Compilation";
        };
        return type.equalsIgnoreCase(wanted);
    }

    /** "1987" or a range "1980-1989"; anything else matches no year. */
    static int[] years(String value) {
        if (value == null) {
            return new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        try {
            String[] parts = value.split("-");
            int from = Integer.parseInt(parts[0].trim());
            int to = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : from;
            return new int[] {from, to};
        } catch (NumberFormatException e) {
            return new int[] {1, 0};
        }
    }
}
