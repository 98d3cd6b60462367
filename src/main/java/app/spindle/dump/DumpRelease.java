package app.spindle.dump;

import app.spindle.discogs.model.DiscogsRelease;

/**
 * One {@code <release>} of a dump: the same record an API fetch gives, plus the one fact the
 * release document of the API leaves out: whether it is its master's main release; and the digest of
 * the record, which tells a changed record from an unchanged one in next month's dump.
 */
public record DumpRelease(DiscogsRelease release, boolean mainRelease, long digest) {
    public DumpRelease(DiscogsRelease release, boolean mainRelease) {
        this(release, mainRelease, 0);
    }
}
