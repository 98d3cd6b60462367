package app.spindle.discogs;

/** Who is waiting for a request: a person (takes the next free slot) or the background sync. */
public enum Priority {
    INTERACTIVE,
    BACKGROUND
}
