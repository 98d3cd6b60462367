package app.spindle.discogs.fake;

/** One release on the wantlist; unlike collection notes, a want's notes are a plain string. */
public record WantEntry(long releaseId, int rating, String notes, long addedEpochSecond) {}
