package app.spindle.mirror.query;

import java.util.List;

/** Everything the mirror knows about one release, as the release page and /api/releases show it. */
public record ReleaseDetails(
        long id,
        String title,
        String artistCredit,
        List<Credit> artists,
        Integer year,
        String country,
        String released,
        String releasedFormatted,
        String notes,
        String dataQuality,
        Long masterId,
        String uri,
        Community community,
        List<Label> labels,
        List<Label> series,
        List<Label> companies,
        List<Format> formats,
        List<String> genres,
        List<String> styles,
        List<Track> tracklist,
        List<Credit> credits,
        List<Identifier> identifiers,
        String coverFile,
        boolean detailsFetched,
        String detailsFetchedAt,
        List<Copy> copies,
        Want want) {

    public record Credit(long artistId, String name, String anv, String join, String role, String tracks) {
        /** The name as printed on this release: the ANV when there is one. */
        public String shownName() {
            return anv != null && !anv.isBlank() ? anv : name;
        }
    }

    public record Label(long labelId, String name, String catno, String entityTypeName) {
    }

    public record Format(String name, String qty, List<String> descriptions, String text, String size, String speed,
                         String colour, Integer weightGrams) {
    }

    public record Track(int seq, Integer parentSeq, String position, String side, String type, String title,
                        String duration, List<Credit> artists, List<Credit> credits) {
    }

    public record Identifier(String type, String value, String description) {
    }

    public record Community(Integer have, Integer want, Double rating, Integer ratingCount) {
    }

    public record Copy(long instanceId, long folderId, String folderName, int rating, String dateAdded,
                       String mediaCondition, String sleeveCondition, List<Field> fields) {
    }

    public record Field(String name, String value) {
    }

    public record Want(int rating, String dateAdded, String notes) {
    }
}
