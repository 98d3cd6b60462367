package app.spindle.dump;

import app.spindle.discogs.model.DiscogsRelease;

/**
 * One {@code <release>} of a dump: the same record an API fetch gives, plus the one fact the
 * release document of the API leaves out: whether it is its master's main release.
 */
public record DumpRelease(DiscogsRelease release, boolean mainRelease) {
}
