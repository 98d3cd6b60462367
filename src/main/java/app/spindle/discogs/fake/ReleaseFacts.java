package app.spindle.discogs.fake;

import java.util.List;

/**
 * What listings, search results and sorting need to know about one release, whether it is a real captured
 * document or a generated one; the collection's basic_information is written from this, so it always agrees
 * with the full release document.
 */
record ReleaseFacts(
        long id,
        long masterId,
        String title,
        List<Credit> artists,
        int year,
        String country,
        List<Format> formats,
        List<LabelCredit> labels,
        List<String> genres,
        List<String> styles,
        String thumb,
        String coverImage,
        int have,
        int want) {

    record Credit(long id, String name, String anv, String join) {}

    /** {@code text} is null when the release has none (the key is then absent, as in the captures). */
    record Format(String name, String qty, List<String> descriptions, String text) {}

    record LabelCredit(long id, String name, String catno) {}

    /** "Artist A & Artist B": names (or their variations) with their joins, as Discogs displays them. */
    String artistDisplay() {
        StringBuilder display = new StringBuilder();
        for (int i = 0; i < artists.size(); i++) {
            Credit credit = artists.get(i);
            display.append(credit.anv().isEmpty() ? credit.name() : credit.anv());
            if (i < artists.size() - 1) {
                String join = credit.join().isEmpty() || credit.join().equals(",") ? "," : " " + credit.join();
                display.append(join).append(' ');
            }
        }
        return display.toString();
    }

    String firstCatno() {
        return labels.isEmpty() ? "" : labels.get(0).catno();
    }

    /** "Vinyl, 7\", 45 RPM, Single": name and descriptions of every format, for sorting and versions. */
    String formatSummary() {
        StringBuilder summary = new StringBuilder();
        for (Format format : formats) {
            if (summary.length() > 0) {
                summary.append(", ");
            }
            summary.append(format.name());
            format.descriptions().forEach(d -> summary.append(", ").append(d));
        }
        return summary.toString();
    }
}
