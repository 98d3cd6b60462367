package app.spindle.discogs.fake;

/**
 * One copy of a release in the collection. Conditions and the note are the values of the account's custom
 * fields 1 (Media Condition), 2 (Sleeve Condition) and 3 (Notes); null when the owner left them empty.
 */
record CollectionInstance(
        long instanceId,
        long releaseId,
        int folderId,
        int rating,
        long addedEpochSecond,
        String mediaCondition,
        String sleeveCondition,
        String note) {

    CollectionInstance withFolder(int folder) {
        return new CollectionInstance(instanceId, releaseId, folder, rating, addedEpochSecond, mediaCondition, sleeveCondition, note);
    }

    CollectionInstance withRating(int stars) {
        return new CollectionInstance(instanceId, releaseId, folderId, stars, addedEpochSecond, mediaCondition, sleeveCondition, note);
    }

    CollectionInstance withField(int fieldId, String value) {
        return switch (fieldId) {
            case 1 -> new CollectionInstance(instanceId, releaseId, folderId, rating, addedEpochSecond, value, sleeveCondition, note);
            case 2 -> new CollectionInstance(instanceId, releaseId, folderId, rating, addedEpochSecond, mediaCondition, value, note);
            case 3 -> new CollectionInstance(instanceId, releaseId, folderId, rating, addedEpochSecond, mediaCondition, sleeveCondition, value);
            default -> throw ApiError.badRequest("Invalid field_id.");
        };
    }
}
