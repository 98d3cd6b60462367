package app.spindle.mirror;

/** One row of {@code releases}: the release's own fields, community figures and when Spindle saw it. */
public record ReleaseRow(
        long id,
        String title,
        String artistCredit,
        String artistsSort,
        String sortArtist,
        String sortTitle,
        Integer year,
        String country,
        String released,
        String releasedFormatted,
        String notes,
        String status,
        String dataQuality,
        Long masterId,
        String masterUrl,
        String resourceUrl,
        String uri,
        String thumb,
        String coverImage,
        Integer formatQuantity,
        Integer estimatedWeight,
        Integer communityHave,
        Integer communityWant,
        Double communityRating,
        Integer communityRatingCount,
        String communityStatus,
        String communityDataQuality,
        Integer numForSale,
        String lowestPrice,
        Boolean blockedFromSale,
        String dateAdded,
        String dateChanged,
        String listedAt,
        String detailsFetchedAt) {

    public boolean hasDetails() {
        return detailsFetchedAt != null;
    }
}
