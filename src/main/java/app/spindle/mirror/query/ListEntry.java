package app.spindle.mirror.query;

import app.spindle.discogs.model.DiscogsListEntry;

/**
 * One entry of an artist's discography, a label's catalogue or a master's versions, with what the user has
 * of it: for a release, whether it is owned or wanted; for a master, how many of its pressings are.
 */
public record ListEntry(DiscogsListEntry row, int owned, int wanted) {

    public boolean isMaster() {
        return row.isMaster();
    }
}
