package app.spindle.entities;

import app.spindle.discogs.model.DiscogsArtistRelease;
import app.spindle.discogs.model.DiscogsLabelRelease;
import app.spindle.discogs.model.DiscogsMasterVersion;
import app.spindle.discogs.model.DiscogsType;
import app.spindle.mirror.ListEntryRow;

/** Entries of Discogs' lists as the mirror stores them. */
final class ListRows {
    private ListRows() {
    }

    static ListEntryRow of(DiscogsArtistRelease e) {
        return new ListEntryRow(e.isMaster() ? DiscogsType.MASTER : DiscogsType.RELEASE, e.id(), e.mainRelease(), e.title(), e.artist(),
                e.role(), year(e.year()), e.format(), e.label(), null, null, e.thumb());
    }

    static ListEntryRow of(DiscogsLabelRelease e) {
        return new ListEntryRow(DiscogsType.RELEASE, e.id(), null, e.title(), e.artist(), null, year(e.year()), e.format(), null,
                e.catno(), null, e.thumb());
    }

    static ListEntryRow of(DiscogsMasterVersion v) {
        Integer year = null;
        if (v.released() != null && v.released().length() >= 4 && v.released().substring(0, 4).chars().allMatch(Character::isDigit)) {
            year = year(Integer.parseInt(v.released().substring(0, 4)));
        }
        return new ListEntryRow(DiscogsType.RELEASE, v.id(), null, v.title(), null, null, year, v.format(), v.label(), v.catno(),
                v.country(), v.thumb());
    }

    private static Integer year(Integer year) {
        return year == null || year == 0 ? null : year;
    }
}
