package app.spindle.mirror.query;

/**
 * One entry of an artist's discography, a label's catalogue or a master's versions, with what the user has
 * of it: for a release, whether it is owned or wanted; for a master, how many of its pressings are.
 */
public record ListEntry(
        String entryType,
        long entryId,
        Long mainReleaseId,
        String title,
        String artist,
        String role,
        Integer year,
        String format,
        String label,
        String catno,
        String country,
        String thumb,
        int owned,
        int wanted) {

    public boolean isMaster() {
        return "master".equals(entryType);
    }
}
