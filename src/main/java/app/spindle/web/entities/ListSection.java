package app.spindle.web.entities;

import app.spindle.mirror.FolderRow;
import java.util.List;

/**
 * A discography, catalogue or version list as the page shows it: swapped alone by htmx. {@code loadUrl} is
 * asked at once when nothing is stored yet ({@code pending}), or to go on loading every page one request at a
 * time; {@code moreUrl} fetches Discogs' next page, {@code allUrl} (labelled {@code allLabel}) all the rest;
 * {@code showMoreUrl} (labelled {@code showMoreLabel}) shows more of what is stored, asking Discogs nothing.
 */
public record ListSection(
        String id,
        String heading,
        String summary,
        String note,
        List<EntryView> entries,
        boolean pending,
        String loadUrl,
        String moreUrl,
        String error,
        List<FolderRow> folders,
        String basePath,
        String allUrl,
        String allLabel,
        String showMoreUrl,
        String showMoreLabel) {

    ListSection(String id, String heading, String summary, String note, List<EntryView> entries, boolean pending,
                String loadUrl, String moreUrl, String error, List<FolderRow> folders, String basePath) {
        this(id, heading, summary, note, entries, pending, loadUrl, moreUrl, error, folders, basePath, null, null);
    }

    ListSection(String id, String heading, String summary, String note, List<EntryView> entries, boolean pending,
                String loadUrl, String moreUrl, String error, List<FolderRow> folders, String basePath, String allUrl,
                String allLabel) {
        this(id, heading, summary, note, entries, pending, loadUrl, moreUrl, error, folders, basePath, allUrl, allLabel,
                null, null);
    }

    /** The same section offering the next stored entries from the mirror; Discogs' next page waits until they are shown. */
    ListSection withShowMore(String url, String label) {
        return new ListSection(id, heading, summary, note, entries, pending, loadUrl, null, error, folders, basePath, null,
                null, url, label);
    }

    static ListSection pending(String id, String heading, String loadUrl, String basePath) {
        return new ListSection(id, heading, null, null, List.of(), true, loadUrl, null, null, List.of(), basePath);
    }

    /** Nothing stored, and no account to ask Discogs with: the section says so and asks nothing. */
    static ListSection offline(String id, String heading, String what, String basePath) {
        return new ListSection(id, heading, null, "Discogs is not connected, so " + what + " is not known here yet: connect "
                + "your account in Settings, or import a Discogs data dump, to list it.", List.of(), false, null, null, null,
                List.of(), basePath);
    }

    static ListSection failed(String id, String heading, String loadUrl, String error, String basePath) {
        return new ListSection(id, heading, null, null, List.of(), false, loadUrl, null, error, List.of(), basePath);
    }
}
