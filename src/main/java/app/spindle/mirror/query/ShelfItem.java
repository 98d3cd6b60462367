package app.spindle.mirror.query;

import java.util.List;

/**
 * One entry of a shelf as the pages show it: a copy in the collection or a wanted release, with the
 * release's labels and formats. Collection-only fields (folder, conditions) are null on the wantlist;
 * notes are the copy's "Notes" field or the want's notes. {@code price} is a want's newest marketplace
 * observation and target (null when it has neither, and always in the collection).
 */
public record ShelfItem(long key, long releaseId, String artist, String title, Integer year, String country,
                        String released, List<LabelLine> labels, List<FormatLine> formats, String coverFile,
                        int rating, String addedAt, Integer folderId, String folderName, String mediaCondition,
                        String sleeveCondition, String notes, Price price) {

    /** A label credit with its catalog number, in the release's order. */
    public record LabelLine(long labelId, String name, String catno) {
    }

    /** A format as Discogs lists it: "2 × Vinyl, LP, Album, Reissue", text "Red". */
    public record FormatLine(String name, String qty, List<String> descriptions, String text) {
    }

    /**
     * The newest price seen for a want ({@code seenAt} null: never looked up; {@code lowest} null: nothing for
     * sale), with the user's target ({@code target} null: none).
     */
    public record Price(String seenAt, Double lowest, int forSale, String currency, Double target,
                        String targetCurrency) {
    }
}
