package app.spindle.web.entities;

import app.spindle.web.Layout;

/**
 * A release, master, artist or label that cannot be shown: Discogs does not know it, or could not be asked.
 * {@code actionUrl} and {@code actionLabel}: the way on ("Search Discogs", "Connect Discogs"), or null.
 */
public record ProblemPage(Layout layout, int status, String heading, String message, String actionUrl, String actionLabel) {
}
